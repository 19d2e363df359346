using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Staff;

/// <summary>
/// One demo account per role for the demo council, so a tester can sign in as each (docs/staff.md lists them). Seeded
/// only in Development and Testing, and refused at sign-in anywhere else, because their password is published.
/// </summary>
public sealed class DemoStaffAccounts(FrontDoorDb db, UserManager<StaffAccount> users)
{
    public const string Password = "Demo-Password-2026!";

    /// <summary>The administrator's authenticator key, fixed so testers can make codes: <c>oathtool --totp -b KEY</c>.</summary>
    public const string AdministratorKey = "THAMESIDEDEMOADMINSTAFFTOTPKEY23";

    public sealed record Demo(string Email, string Name, string Role, string TeamCode);

    public static IReadOnlyList<Demo> All { get; } =
    [
        new("advisor@thameside.example", "Amira Hassan", StaffRole.Advisor, "customer-services"),
        new("case-officer@thameside.example", "Tom Okafor", StaffRole.CaseOfficer, "waste"),
        new("team-leader@thameside.example", "Grace Whitfield", StaffRole.TeamLeader, "waste"),
        new("analyst@thameside.example", "Sanjay Patel", StaffRole.PerformanceAnalyst, "customer-services"),
        new("admin@thameside.example", "Morgan Reid", StaffRole.Administrator, "customer-services"),
    ];

    public static bool Allowed(IHostEnvironment environment) => environment.IsDevelopment() || environment.IsEnvironment("Testing");

    public async Task Seed(string councilCode, CancellationToken cancellationToken = default)
    {
        var council = await db.Set<Council>().AsNoTracking().FirstOrDefaultAsync(c => c.Code == councilCode, cancellationToken);
        if (council is null)
        {
            return;
        }

        var teams = await db.Set<Team>().AsNoTracking().Where(t => t.CouncilId == council.Id).ToDictionaryAsync(t => t.Code, t => t.Id, cancellationToken);
        foreach (var demo in All)
        {
            if (await users.FindByEmailAsync(demo.Email) is not null || !teams.TryGetValue(demo.TeamCode, out var teamId))
            {
                continue;
            }

            var member = await db.Set<StaffMember>().FirstOrDefaultAsync(s => s.CouncilId == council.Id && s.Email == demo.Email, cancellationToken);
            if (member is null)
            {
                member = new StaffMember { CouncilId = council.Id, TeamId = teamId, DisplayName = demo.Name, Email = demo.Email, Role = demo.Role };
                db.Add(member);
                await db.SaveChangesAsync(cancellationToken);
            }

            var account = new StaffAccount { UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, StaffMemberId = member.Id, IsDemo = true };
            var created = await users.CreateAsync(account, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create the demo {demo.Role} account: {string.Join("; ", created.Errors.Select(e => e.Description))}");
            }

            if (demo.Role == StaffRole.Administrator)
            {
                await users.SetAuthenticationTokenAsync(account, "[AspNetUserStore]", "AuthenticatorKey", AdministratorKey);
                await users.SetTwoFactorEnabledAsync(account, true);
            }
        }
    }
}
