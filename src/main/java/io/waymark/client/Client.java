package io.waymark.client;

import io.waymark.lists.ClientGroup;
import io.waymark.lists.ClosureReason;
import io.waymark.lists.Programme;
import io.waymark.lists.ReferralSource;
import io.waymark.security.OrganisationOwned;
import io.waymark.staff.Staff;
import io.waymark.staff.Team;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/** A person supported by the service: their details, status and where they are on the pathway. */
@Entity
public class Client extends OrganisationOwned {

    /** Clients who need intense support see a health and wellbeing advisor within four weeks of starting. */
    public static final int ASSESSMENT_TARGET_DAYS = 28;

    @Column(nullable = false)
    public String reference;

    @Column(name = "first_name", nullable = false)
    public String firstName;

    @Column(name = "last_name", nullable = false)
    public String lastName;

    @Column(name = "preferred_name")
    public String preferredName;

    @Column(name = "date_of_birth", nullable = false)
    public LocalDate dateOfBirth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Gender gender;

    public String ethnicity;
    public String email;
    public String phone;

    @Column(name = "national_insurance_number")
    public String nationalInsuranceNumber;

    /** Set when this record was merged into another: it is then closed, a pointer to the record that was kept. */
    @Column(name = "merged_into")
    public UUID mergedInto;

    /** Set when the client's identity and free text were erased (on request, or after the retention period). */
    @Column(name = "anonymised_on")
    public LocalDate anonymisedOn;
    public String address;
    public String postcode;

    @Column(name = "local_authority", nullable = false)
    public String localAuthority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Programme programme;

    @Enumerated(EnumType.STRING)
    @Column(name = "referral_source", nullable = false)
    public ReferralSource referralSource;

    /** The organisation's own programme, referral source and closure reason, when the value is one of its own. */
    @Column(name = "own_programme")
    public String ownProgramme;

    @Column(name = "own_referral_source")
    public String ownReferralSource;

    @Column(name = "own_closure_reason")
    public String ownClosureReason;

    /** The organisation's own groups the client is in; {@link #clientGroups} has the national groups they count as. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "own_client_groups", nullable = false)
    public List<String> ownClientGroups = new ArrayList<>();

    @Column(name = "referral_date", nullable = false)
    public LocalDate referralDate;

    @Column(name = "programme_start_date")
    public LocalDate programmeStartDate;

    @Column(name = "consent_given", nullable = false)
    public boolean consentGiven;

    @Column(name = "consent_date")
    public LocalDate consentDate;

    @Convert(converter = ConsentScopes.class)
    @Column(name = "consent_scope", nullable = false)
    public Set<ConsentScope> consentScope = EnumSet.noneOf(ConsentScope.class);

    @Column(name = "consent_withdrawn_on")
    public LocalDate consentWithdrawnOn;

    /** Loaded for a whole page of clients in one extra query, not one per client. */
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "client_group", joinColumns = @JoinColumn(name = "client_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "client_group")
    public Set<ClientGroup> clientGroups = EnumSet.noneOf(ClientGroup.class);

    /** The channels the client agreed to be messaged by (confirmations, reminders): {@link MessageChannel} names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "message_channels", nullable = false)
    public List<String> messageChannels = new ArrayList<>();

    /**
     * Whether a message may go to the client by this channel now: they agreed to it, gave the address, and have not
     * withdrawn their consent or had their record erased.
     */
    public boolean agreedToMessagesBy(MessageChannel channel) {
        String address = channel == MessageChannel.EMAIL ? email : phone;
        return messageChannels.contains(channel.name()) && address != null && !address.isBlank()
                && consentWithdrawnOn == null && anonymisedOn == null;
    }

    /** The organisation's own fields' values, by key, as CustomFieldService checked them. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> custom = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "support_level", nullable = false)
    public SupportLevel supportLevel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ClientStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    public ClosureReason closureReason;

    @Column(name = "closed_on")
    public LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "current_stage", nullable = false)
    public Stage currentStage;

    @Column(name = "stage_entered_on", nullable = false)
    public LocalDate stageEnteredOn;

    /** The stage's place in the pathway (1 to 6), kept by the database for sorting in pathway order. */
    @Column(name = "stage_order", insertable = false, updatable = false)
    public Short stageOrder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "worker_id")
    public Staff worker;

    /** Needs intense support: to be assessed by a health and wellbeing advisor within four weeks of starting. */
    @Column(name = "needs_intense_support", nullable = false)
    public boolean needsIntenseSupport;

    /** The route the health and wellbeing advisor recommended, once assessed. */
    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_route")
    public Route recommendedRoute;

    /** The team responsible for the client; with no worker, the client is on this team's waiting list. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    public Team team;

    /** Urgent cases go to the front of the waiting list. */
    @Column(nullable = false)
    public boolean urgent;

    /** When the client last joined the waiting list; null while a worker holds the case. */
    @Column(name = "waiting_since")
    public LocalDate waitingSince;

    @Version
    @Column(nullable = false)
    public int version;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The client with this id in the current organisation; another organisation's client is "not found" too. */
    public static Client findExisting(UUID id) {
        return orNotFound(findById(id), "client", id);
    }

    /** Four weeks after the programme start (the referral date until a start is set), when flagged; else null. */
    public LocalDate assessmentDueOn() {
        return assessmentDueOn(needsIntenseSupport, programmeStartDate, referralDate);
    }

    public static LocalDate assessmentDueOn(boolean needsIntenseSupport, LocalDate programmeStartDate,
            LocalDate referralDate) {
        if (!needsIntenseSupport) {
            return null;
        }
        return (programmeStartDate != null ? programmeStartDate : referralDate).plusDays(ASSESSMENT_TARGET_DAYS);
    }

    public boolean isClosed() {
        return status == ClientStatus.CLOSED;
    }

    /** The programme as the record has it: the organisation's own, or the national one. */
    public String programmeCode() {
        return ownProgramme != null ? ownProgramme : programme == null ? null : programme.name();
    }

    public String referralSourceCode() {
        return ownReferralSource != null ? ownReferralSource : referralSource == null ? null : referralSource.name();
    }

    public String closureReasonCode() {
        return ownClosureReason != null ? ownClosureReason : closureReason == null ? null : closureReason.name();
    }

    /** The groups as the record has them: the organisation's own, then the national groups the client is counted in. */
    public Set<String> groupCodes() {
        Set<String> codes = new LinkedHashSet<>(ownClientGroups);
        clientGroups.stream().map(Enum::name).sorted().forEach(codes::add);
        return codes;
    }
}
