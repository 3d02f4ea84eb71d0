package io.waymark.report;

import io.waymark.lists.Programme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

public record ServiceCostView(UUID id, Programme fundingStream, LocalDate periodFrom, LocalDate periodTo,
        BigDecimal amount, String note, String recordedByName) {
}
