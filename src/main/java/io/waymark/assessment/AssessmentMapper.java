package io.waymark.assessment;

import io.waymark.common.Clocks;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper(imports = Clocks.class)
public interface AssessmentMapper {

    @Mapping(target = "advisorId", source = "advisor.id")
    @Mapping(target = "advisorName", source = "advisor.displayName")
    @Mapping(target = "startsAt", expression = "java(slot.startsAt.atZoneSameInstant(Clocks.UK).toOffsetDateTime())")
    @Mapping(target = "endsAt", expression = "java(slot.endsAt.atZoneSameInstant(Clocks.UK).toOffsetDateTime())")
    @Mapping(target = "date", expression = "java(slot.startsAt.atZoneSameInstant(Clocks.UK).toLocalDate())")
    @Mapping(target = "startTime", expression = "java(slot.startsAt.atZoneSameInstant(Clocks.UK).toLocalTime())")
    @Mapping(target = "lengthMinutes", expression = "java((int) java.time.Duration.between(slot.startsAt, slot.endsAt).toMinutes())")
    SlotView toView(AssessmentSlot slot);

    /** A slot read as SQL (its moments already in UK time), with its UK date, time and length. */
    @Mapping(target = "date", expression = "java(slot.startsAt().toLocalDate())")
    @Mapping(target = "startTime", expression = "java(slot.startsAt().toLocalTime())")
    @Mapping(target = "lengthMinutes", expression = "java((int) java.time.Duration.between(slot.startsAt(), slot.endsAt()).toMinutes())")
    SlotView inUk(SlotView slot);

    @Mapping(target = "slotId", source = "slot.id")
    @Mapping(target = "startsAt", expression = "java(booking.slot.startsAt.atZoneSameInstant(Clocks.UK).toOffsetDateTime())")
    @Mapping(target = "endsAt", expression = "java(booking.slot.endsAt.atZoneSameInstant(Clocks.UK).toOffsetDateTime())")
    @Mapping(target = "place", source = "slot.place")
    @Mapping(target = "advisorId", source = "slot.advisor.id")
    @Mapping(target = "advisorName", source = "slot.advisor.displayName")
    @Mapping(target = "clientId", source = "client.id")
    @Mapping(target = "clientReference", source = "client.reference")
    @Mapping(target = "clientName", expression = "java(booking.client.firstName + \" \" + booking.client.lastName)")
    @Mapping(target = "bookedByName", source = "bookedBy.displayName")
    BookingView toView(Booking booking);

    @Mapping(target = "recordedByName", source = "recordedBy.displayName")
    BookingView.AssessmentView toView(Assessment assessment);
}
