package io.waymark.team;

import io.waymark.client.Client;
import io.waymark.client.ClientStatus;
import io.waymark.common.RuleConflict;
import io.waymark.staff.Staff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/** Teams and their membership: a member of staff belongs to one team at a time. */
@ApplicationScoped
public class TeamService {

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

    public List<Staff> members(UUID teamId) {
        Team.findExisting(teamId);
        return Staff.list("team.id = ?1 order by teamRole desc, displayName", teamId);
    }

    /**
     * Puts a member of staff in the team with the given role, taking them out of any other team. A worker's open
     * cases move with them, so the caseload and the team it counts for stay together.
     */
    @Transactional
    public Staff join(UUID teamId, UUID staffId, TeamRole role) {
        Team team = Team.findExisting(teamId);
        Staff member = Staff.findExisting(staffId);
        if (role == TeamRole.TEAM_LEAD && openCasesOf(member) > 0) {
            throw new RuleConflict("role", member.displayName + " holds open cases; transfer them before making them a team lead");
        }
        member.team = team;
        member.teamRole = role;
        Client.update("team = ?1 where worker = ?2 and status <> ?3", team, member, ClientStatus.CLOSED);
        return member;
    }

    @Transactional
    public void leave(UUID teamId, UUID staffId) {
        Team team = Team.findExisting(teamId);
        Staff member = Staff.findExisting(staffId);
        if (member.team == null || !member.team.id.equals(team.id)) {
            throw new RuleConflict(member.displayName + " is not in " + team.name);
        }
        long open = openCasesOf(member);
        if (open > 0) {
            throw new RuleConflict(member.displayName + " holds " + open + " open cases; transfer them first");
        }
        member.team = null;
        member.teamRole = null;
    }

    private static long openCasesOf(Staff member) {
        return Client.count("worker = ?1 and status <> ?2", member, ClientStatus.CLOSED);
    }
}
