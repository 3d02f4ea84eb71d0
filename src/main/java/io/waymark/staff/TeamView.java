package io.waymark.staff;

import java.util.UUID;

public record TeamView(UUID id, String name) {
}
