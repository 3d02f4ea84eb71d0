package io.waymark.team;

import java.util.UUID;

public record TeamView(UUID id, String name) {
}
