using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Contacts;

/// <summary>
/// One contact from a resident on any channel, logged by the advisor who handled it: who, why (a service), what came
/// of it, and whether it was value demand or failure demand — demand caused by a failure to do something or do it
/// right for the customer (John Seddon's term, used in the seeds' strategies), with its reason, so the council can
/// see where avoidable contact comes from.
/// </summary>
public sealed class Contact
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    public DateTime AtUtc { get; init; }

    /// <summary>One of <see cref="Requests.Channel"/> (not web or api: those log themselves as requests).</summary>
    public required string Channel { get; init; }

    /// <summary>One of <see cref="ContactWho"/>.</summary>
    public required string Who { get; init; }

    /// <summary>The customer, unless the contact was anonymous.</summary>
    public Guid? CustomerId { get; init; }

    /// <summary>The service the contact was about, when it was about one.</summary>
    public Guid? ServiceId { get; init; }

    /// <summary>The request the contact was about (a chase, a complaint about the work) or raised.</summary>
    public Guid? RequestId { get; set; }

    /// <summary>One of <see cref="ContactOutcome"/>.</summary>
    public required string Outcome { get; init; }

    /// <summary>The team it was passed to, when the outcome is <see cref="ContactOutcome.PassedToTeam"/>.</summary>
    public Guid? PassedToTeamId { get; init; }

    /// <summary>Where the resident was signposted, when the outcome is <see cref="ContactOutcome.Signposted"/>.</summary>
    public string? SignpostedTo { get; init; }

    /// <summary>value or failure.</summary>
    public required string DemandType { get; init; }

    /// <summary>One of <see cref="FailureDemand"/>, for failure demand.</summary>
    public string? FailureReason { get; init; }

    /// <summary>Staff only: what was said and done. Never shown to the resident.</summary>
    public string? Notes { get; init; }

    public Guid StaffId { get; init; }

    public required string StaffName { get; init; }
}

public static class ContactWho
{
    public const string Known = "known";
    public const string New = "new";
    public const string Anonymous = "anonymous";

    public static IReadOnlyList<string> All { get; } = [Known, New, Anonymous];
}

public static class ContactOutcome
{
    public const string ResolvedAtFirstContact = "resolved";
    public const string RequestRaised = "request-raised";
    public const string Signposted = "signposted";
    public const string PassedToTeam = "passed-to-team";

    public static IReadOnlyList<string> All { get; } = [ResolvedAtFirstContact, RequestRaised, Signposted, PassedToTeam];

    public static string Describe(string outcome) => outcome switch
    {
        ResolvedAtFirstContact => "Resolved at first contact",
        RequestRaised => "Request raised",
        Signposted => "Signposted elsewhere",
        PassedToTeam => "Passed to a team",
        _ => outcome,
    };
}

/// <summary>Value demand is what the council exists to do; failure demand is caused by not doing something, or not doing it right.</summary>
public static class FailureDemand
{
    public const string Value = "value";
    public const string Failure = "failure";

    public const string ChasingProgress = "chasing-progress";
    public const string WorkNotDoneProperly = "work-not-done-properly";
    public const string WrongInformation = "wrong-information";
    public const string RepeatContact = "repeat-contact";
    public const string DidNotUnderstandLetter = "did-not-understand-letter";
    public const string Other = "other";

    public static IReadOnlyList<string> Reasons { get; } =
        [ChasingProgress, WorkNotDoneProperly, WrongInformation, RepeatContact, DidNotUnderstandLetter, Other];

    public static string Describe(string reason) => reason switch
    {
        ChasingProgress => "Chasing progress",
        WorkNotDoneProperly => "Work not done properly",
        WrongInformation => "Wrong information given",
        RepeatContact => "Repeat of an earlier contact",
        DidNotUnderstandLetter => "Did not understand our letter",
        Other => "Other",
        Value => "Value demand",
        _ => reason,
    };
}

internal sealed class ContactMapping : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.HasIndex(c => new { c.CouncilId, c.AtUtc });
        builder.HasIndex(c => new { c.CustomerId, c.AtUtc });
        builder.HasIndex(c => c.RequestId);
        builder.Property(c => c.Channel).HasMaxLength(32);
        builder.Property(c => c.Who).HasMaxLength(16);
        builder.Property(c => c.Outcome).HasMaxLength(32);
        builder.Property(c => c.DemandType).HasMaxLength(16);
        builder.Property(c => c.FailureReason).HasMaxLength(32);
        builder.Property(c => c.SignpostedTo).HasMaxLength(200);
        builder.Property(c => c.Notes).HasMaxLength(4000);
        builder.Property(c => c.StaffName).HasMaxLength(200);
    }
}
