package io.waymark.staff;

import io.waymark.common.RuleConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Teams and their membership: a member of staff belongs to one team at a time. */
@ApplicationScoped
public class TeamService {

    /** Told before a member joins or leaves, so that their open cases follow them or the change is refused. */
    @Inject
    Event<TeamChange> teamChanges;

    @Transactional
    public Team create(TeamRequest request) {
        String name = request.name().strip();
        if (Team.count("lower(name) = ?1", name.toLowerCase()) > 0) {
            throw new RuleConflict("name", "there is already a team called " + name);
        }
        Team team = new Team();
        team.name = name;
        team.persist();
        return team;
    }

    public List<Team> list() {
        return Team.list("order by name");
    }

    public Team get(UUID id) {
        return Team.findExisting(id);
    }

    /** A JSON array of the workers ({@link StaffMember}) of the team holding the client {@code :client}, by name. */
    public static final String WORKERS_OF_CLIENTS_TEAM = """
            select json_agg(json_build_object('id', s.id, 'username', s.username, 'displayName', s.display_name,
                    'email', s.email, 'roles', s.roles, 'teamId', s.team_id, 'teamRole', s.team_role,
                    'caseloadLimit', s.caseload_limit) order by s.display_name)
            from staff s
            where s.organisation_code = :organisation and s.team_role = 'WORKER'
              and s.team_id = (select c.team_id from client c where c.organisation_code = :organisation and c.id = :client)""";

    public List<Staff> members(UUID teamId) {
        Team.findExisting(teamId);
        return Staff.list("team.id = ?1 order by teamRole desc, displayName", teamId);
    }

    /**
     * Puts a member of staff in the team with the given role, taking them out of any other team. A worker's open
     * cases move with them (caseload), so the caseload and the team it counts for stay together.
     */
    @Transactional
    public Staff join(UUID teamId, UUID staffId, TeamRole role) {
        Team team = Team.findExisting(teamId);
        Staff member = Staff.findExisting(staffId);
        teamChanges.fire(new TeamChange(member, team, role));
        member.team = team;
        member.teamRole = role;
        return member;
    }

    @Transactional
    public void leave(UUID teamId, UUID staffId) {
        Team team = Team.findExisting(teamId);
        Staff member = Staff.findExisting(staffId);
        if (member.team == null || !member.team.id.equals(team.id)) {
            throw new RuleConflict(member.displayName + " is not in " + team.name);
        }
        teamChanges.fire(new TeamChange(member, null, null));
        member.team = null;
        member.teamRole = null;
    }
}
