package io.waymark.employer;

import java.util.List;
import java.util.UUID;

public record EmployerView(UUID id, String name, String sector, SizeBand sizeBand, String address,
        String localAuthority, DisabilityConfident disabilityConfident, String notes, List<ContactPerson> contacts,
        int version) {
}
