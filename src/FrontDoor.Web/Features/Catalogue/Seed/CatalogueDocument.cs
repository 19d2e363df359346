namespace FrontDoor.Web.Features.Catalogue.Seed;

/// <summary>The shape of a council's catalogue file (see demo-council.json). Loaded by <see cref="ImportCatalogue"/>.</summary>
public sealed record CatalogueDocument(
    CouncilEntry Council,
    IReadOnlyList<TeamEntry> Teams,
    IReadOnlyList<NeedEntry> Needs,
    IReadOnlyList<ServiceEntry> Services);

public sealed record CouncilEntry(
    string Code,
    string Name,
    string Nation,
    string? Phone,
    string? Email,
    string? Address,
    string? OpeningHours,
    int? ReopenWindowWorkingDays);

public sealed record TeamEntry(string Code, string Name, string? Email, string? Phone);

public sealed record NeedEntry(string Code, string Name, string? Summary, int Order);

public sealed record ServiceEntry(
    string Code,
    string Need,
    string Name,
    string? Summary,
    IReadOnlyList<string>? Keywords,
    int? Lgsl,
    string Team,
    string? Kind,
    bool LocationRequired,
    bool SignInRequired,
    bool Sensitive,
    string? WhatYouNeed,
    string? WhatHappensNext,
    FeeEntry? Fee,
    IReadOnlyList<TimescaleEntry>? Timescales,
    IReadOnlyList<QuestionEntry>? Questions);

public sealed record FeeEntry(int AmountPence, string? Description);

public sealed record TimescaleEntry(
    string Channel,
    int AcknowledgeWorkingDays,
    int ResolveWorkingDays,
    int? AtRiskWithinWorkingDays,
    int? MaxExtensionWorkingDays);

public sealed record QuestionEntry(
    string Code,
    string Text,
    string? Hint,
    string Type,
    bool Required,
    IReadOnlyList<OptionEntry>? Options);

public sealed record OptionEntry(string Value, string Label);
