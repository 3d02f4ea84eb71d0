package io.waymark.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class StaffService {

    public List<Staff> list() {
        return Staff.list("order by displayName");
    }

    /** Adds a member of staff ahead of their first sign-in, e.g. when their account is known already. */
    @Transactional
    public Staff register(String subject, String username, String displayName, String email) {
        Staff staff = new Staff();
        staff.subject = subject;
        staff.username = username;
        staff.displayName = displayName;
        staff.email = email;
        staff.persist();
        return staff;
    }
}
