package io.waymark.employer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A person to talk to at the employer. */
@Embeddable
public class EmployerContact {

    @NotBlank
    @Size(max = 100)
    public String name;

    @Size(max = 100)
    @Column(name = "job_role")
    public String role;

    @Size(max = 30)
    public String phone;

    @Email
    @Size(max = 254)
    public String email;
}
