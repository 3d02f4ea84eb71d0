package io.waymark.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A body that funds services (a council, a government programme). Not a tenant: its commissioners see the aggregate
 * figures of the services that named it as a funder, and nothing else.
 */
@Entity
@Table(name = "funder")
public class Funder extends PanacheEntityBase {

    @Id
    public String code;

    public String name;
}
