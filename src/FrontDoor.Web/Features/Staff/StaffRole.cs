namespace FrontDoor.Web.Features.Staff;

/// <summary>The staff roles. Complaints roles arrive with the complaints issue.</summary>
public static class StaffRole
{
    /// <summary>Contact centre and Resident Hub advisors: find the person, log the contact, raise requests for them.</summary>
    public const string Advisor = "advisor";

    /// <summary>Works the requests of their own team.</summary>
    public const string CaseOfficer = "case-officer";

    /// <summary>A case officer who also shares out the team's work (bulk assign).</summary>
    public const string TeamLeader = "team-leader";

    /// <summary>Reads queues and cases to measure them; changes nothing and does not browse residents' records.</summary>
    public const string PerformanceAnalyst = "performance-analyst";

    public const string Administrator = "administrator";

    public static IReadOnlyList<string> All { get; } = [Advisor, CaseOfficer, TeamLeader, PerformanceAnalyst, Administrator];

    /// <summary>Administrators hold the keys to everything, so they must use an authenticator app as well as a password.</summary>
    public static bool RequiresTwoFactor(string role) => role == Administrator;

    public static string Describe(string role) => role switch
    {
        Advisor => "Advisor",
        CaseOfficer => "Case officer",
        TeamLeader => "Team leader",
        PerformanceAnalyst => "Performance analyst",
        Administrator => "Administrator",
        _ => role,
    };
}
