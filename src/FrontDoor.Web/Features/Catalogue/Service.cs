using FrontDoor.Domain.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FrontDoor.Web.Features.Catalogue;

/// <summary>
/// Something a resident can report, apply for, request, book, pay for or tell the council, described in their words.
/// </summary>
public sealed class Service
{
    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid CouncilId { get; init; }

    /// <summary>Stable code, e.g. <c>missed-bin</c>; also the Open311 <c>service_code</c>.</summary>
    public required string Code { get; init; }

    public Guid NeedId { get; set; }

    public Need? Need { get; set; }

    public Guid TeamId { get; set; }

    public Team? Team { get; set; }

    public required string Name { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>Words and phrases residents actually type ("bin not emptied", "pothole").</summary>
    public List<string> Keywords { get; set; } = [];

    /// <summary>Local Government Service List code, where one fits.</summary>
    public int? Lgsl { get; set; }

    /// <summary>report, apply, request, book, pay or tell.</summary>
    public string Kind { get; set; } = "request";

    public bool LocationRequired { get; set; }

    public bool SignInRequired { get; set; }

    /// <summary>Private or sensitive: never listed with descriptions on public interfaces such as Open311 GET.</summary>
    public bool Sensitive { get; set; }

    public string WhatYouNeed { get; set; } = "";

    public string WhatHappensNext { get; set; } = "";

    /// <summary>Fee in pence; null when the service is free.</summary>
    public int? FeePence { get; set; }

    public string? FeeDescription { get; set; }

    public bool Active { get; set; } = true;

    public List<ServiceQuestion> Questions { get; init; } = [];

    public List<ServiceTimescale> Timescales { get; init; } = [];

    /// <summary>The timescale for a channel, falling back to the service's "*" row, then to the Customer Charter.</summary>
    public ServiceTimescale TimescaleFor(string channel) =>
        Timescales.FirstOrDefault(t => t.Channel == channel)
        ?? Timescales.FirstOrDefault(t => t.Channel == ServiceTimescale.AnyChannel)
        ?? ServiceTimescale.Charter(Id);
}

internal sealed class ServiceMapping : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.HasIndex(s => new { s.CouncilId, s.Code }).IsUnique();
        builder.Property(s => s.Code).HasMaxLength(64);
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Kind).HasMaxLength(16);
        builder.HasOne(s => s.Need).WithMany(n => n.Services).HasForeignKey(s => s.NeedId);
        builder.HasOne(s => s.Team).WithMany().HasForeignKey(s => s.TeamId);
        builder.HasMany(s => s.Questions).WithOne().HasForeignKey(q => q.ServiceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(s => s.Timescales).WithOne().HasForeignKey(t => t.ServiceId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// How long a service takes on one channel, in working days. <c>*</c> is every channel without a row of its own.
/// </summary>
public sealed class ServiceTimescale
{
    public const string AnyChannel = "*";

    public Guid Id { get; init; } = Guid.CreateVersion7();

    public Guid ServiceId { get; init; }

    public string Channel { get; set; } = AnyChannel;

    public int AcknowledgeWorkingDays { get; set; } = 2;

    public int ResolveWorkingDays { get; set; } = 10;

    public int AtRiskWithinWorkingDays { get; set; } = 1;

    /// <summary>Cap on extensions in total; null for none.</summary>
    public int? MaxExtensionWorkingDays { get; set; }

    public ClockPolicy AcknowledgePolicy => new(AcknowledgeWorkingDays, AtRiskWithinWorkingDays);

    public ClockPolicy ResolvePolicy => new(ResolveWorkingDays, AtRiskWithinWorkingDays, MaxExtensionWorkingDays);

    /// <summary>The Customer Charter's defaults: acknowledge within 2 working days, respond within 10.</summary>
    public static ServiceTimescale Charter(Guid serviceId) => new()
    {
        ServiceId = serviceId,
        AcknowledgeWorkingDays = ClockPolicy.CharterAcknowledge.TargetWorkingDays,
        ResolveWorkingDays = ClockPolicy.CharterRespond.TargetWorkingDays,
    };
}

internal sealed class ServiceTimescaleMapping : IEntityTypeConfiguration<ServiceTimescale>
{
    public void Configure(EntityTypeBuilder<ServiceTimescale> builder)
    {
        builder.HasIndex(t => new { t.ServiceId, t.Channel }).IsUnique();
        builder.Property(t => t.Channel).HasMaxLength(32);
        builder.Ignore(t => t.AcknowledgePolicy);
        builder.Ignore(t => t.ResolvePolicy);
    }
}
