package io.waymark.staff;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

@ApplicationScoped
public class StaffService {

    @Inject
    CurrentStaff currentStaff;

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

    /** The emails the signed-in member of staff chose to get. */
    public NoticeChoice notices() {
        return new NoticeChoice(currentStaff.get().notifications.stream().map(StaffNotice::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(StaffNotice.class))));
    }

    @Transactional
    public NoticeChoice chooseNotices(NoticeChoice choice) {
        Staff me = currentStaff.get();
        me.notifications = choice.notices().stream().sorted().map(Enum::name)
                .collect(Collectors.toCollection(ArrayList::new));
        return notices();
    }
}
