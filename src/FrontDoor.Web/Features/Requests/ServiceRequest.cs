using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Requests;

/// <summary>
/// A request a resident made on any channel: a reference, an owner (a team, then a named officer), a date the council
/// has committed to, and the history of every change. State changes go through the methods in
/// ServiceRequest.Lifecycle.cs, which follow <see cref="RequestLifecycle"/> and write history.
/// </summary>
public sealed partial class ServiceRequest : IVersioned
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    /// <summary>Canonical reference without separators (see <see cref="FrontDoor.Domain.References.RequestReference"/>).</summary>
    public required string Reference { get; init; }

    public Guid ServiceId { get; init; }

    public Service? Service { get; init; }

    /// <summary>One of <see cref="Requests.Channel"/>.</summary>
    public required string Channel { get; init; }

    /// <summary>Staff completed the journey for the resident (assisted digital).</summary>
    public bool IsAssisted { get; init; }

    public string Status { get; private set; } = RequestStatus.Submitted;

    public string? ClosureReason { get; private set; }

    /// <summary>What was done, in words the resident sees; required to close as completed.</summary>
    public string? CompletionNote { get; private set; }

    public string Description { get; set; } = "";

    public List<RequestAnswer> Answers { get; init; } = [];

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Address { get; set; }

    public string? Postcode { get; set; }

    /// <summary>The resident's record, when known; null for anonymous reports and after an account is deleted.</summary>
    public Guid? CustomerId { get; set; }

    public string? ReporterName { get; set; }

    public string? ReporterEmail { get; set; }

    public string? ReporterPhone { get; set; }

    /// <summary>The API client that created it, for requests on the <c>api</c> channel.</summary>
    public string? SourceClient { get; init; }

    public Guid TeamId { get; private set; }

    /// <summary>The named officer dealing with it; until then the team owns it.</summary>
    public Guid? OfficerId { get; private set; }

    public string? OfficerName { get; private set; }

    public DateTime CreatedUtc { get; init; }

    public DateTime UpdatedUtc { get; private set; }

    public DateTime? ClosedUtc { get; private set; }

    public int ReopenCount { get; private set; }

    /// <summary>The original request, when this one is closed as its duplicate.</summary>
    public Guid? DuplicateOfId { get; private set; }

    public required RequestClock AcknowledgeClock { get; init; }

    public required RequestClock ResolveClock { get; set; }

    public List<RequestHistoryEntry> History { get; init; } = [];

    /// <summary>How many history rows the request has; each new row takes the next number, so history has a strict order.</summary>
    public int HistoryCount { get; private set; }

    public int Version { get; set; }

    public bool IsOpen => RequestStatus.IsOpen(Status);
}

/// <summary>A resident's answer to one of the service's questions.</summary>
public sealed class RequestAnswer
{
    public required string Code { get; set; }

    /// <summary>The question as it was asked, kept so the answer still reads right if the form changes.</summary>
    public required string Question { get; set; }

    /// <summary>The raw value: text, a number, a date as YYYY-MM-DD, or option values separated by commas.</summary>
    public required string Value { get; set; }

    /// <summary>The answer as the resident saw it (option labels, a formatted date).</summary>
    public required string Display { get; set; }
}

internal sealed class ServiceRequestMapping : IEntityTypeConfiguration<ServiceRequest>
{
    public void Configure(EntityTypeBuilder<ServiceRequest> builder)
    {
        builder.ToTable("Requests");
        builder.HasIndex(r => r.Reference).IsUnique();
        builder.HasIndex(r => new { r.CouncilId, r.Status, r.TeamId });
        builder.HasIndex(r => new { r.CouncilId, r.CreatedUtc });
        builder.HasIndex(r => r.CustomerId);
        builder.HasIndex(r => r.ServiceId);
        builder.Property(r => r.Reference).HasMaxLength(16);
        builder.Property(r => r.Channel).HasMaxLength(32);
        builder.Property(r => r.Status).HasMaxLength(32);
        builder.Property(r => r.ClosureReason).HasMaxLength(32);
        builder.Property(r => r.Description).HasMaxLength(4000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne(r => r.Service).WithMany().HasForeignKey(r => r.ServiceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(h => h.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(r => r.Answers, a => a.ToJson());
        builder.OwnsOne(r => r.AcknowledgeClock, c =>
        {
            c.Ignore(x => x.Policy);
            c.HasIndex(x => x.DueDate);
        });
        builder.OwnsOne(r => r.ResolveClock, c =>
        {
            c.Ignore(x => x.Policy);
            c.HasIndex(x => x.DueDate);
        });
        builder.Ignore(r => r.IsOpen);
    }
}
