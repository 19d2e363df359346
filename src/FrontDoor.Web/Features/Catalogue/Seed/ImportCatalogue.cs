using System.Text.Json;
using FrontDoor.Domain.Calendar;
using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Catalogue.Seed;

/// <summary>
/// Loads a council and its catalogue from a catalogue file. Idempotent: running it again updates names, wording,
/// questions and timescales in place and adds what is new; it never deletes requests or their history.
/// </summary>
public static class ImportCatalogue
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The demo council shipped with FrontDoor.</summary>
    public static CatalogueDocument DemoCouncil()
    {
        using var stream = typeof(ImportCatalogue).Assembly.GetManifestResourceStream("FrontDoor.Web.Features.Catalogue.Seed.demo-council.json")
            ?? throw new InvalidOperationException("The embedded demo-council.json is missing.");
        return JsonSerializer.Deserialize<CatalogueDocument>(stream, Json)
            ?? throw new InvalidOperationException("demo-council.json is empty.");
    }

    public static Result<CatalogueDocument> Parse(string json)
    {
        try
        {
            var document = JsonSerializer.Deserialize<CatalogueDocument>(json, Json);
            return document is null ? Result<CatalogueDocument>.Failure("The catalogue file is empty") : Validate(document);
        }
        catch (JsonException exception)
        {
            return Result<CatalogueDocument>.Failure($"The catalogue file is not valid: {exception.Message}");
        }
    }

    /// <summary>Checks that every reference in the file resolves, so a bad file is refused whole.</summary>
    public static Result<CatalogueDocument> Validate(CatalogueDocument document)
    {
        if (!Nation.TryParse(document.Council.Nation, out _))
        {
            return Result<CatalogueDocument>.Failure($"The council's nation '{document.Council.Nation}' must be england-and-wales, scotland or northern-ireland");
        }

        var teams = document.Teams.Select(t => t.Code).ToHashSet();
        var needs = document.Needs.Select(n => n.Code).ToHashSet();
        foreach (var service in document.Services)
        {
            if (!needs.Contains(service.Need))
            {
                return Result<CatalogueDocument>.Failure($"Service '{service.Code}' names the need '{service.Need}', which the file does not list");
            }

            if (!teams.Contains(service.Team))
            {
                return Result<CatalogueDocument>.Failure($"Service '{service.Code}' names the team '{service.Team}', which the file does not list");
            }

            foreach (var question in service.Questions ?? [])
            {
                if (!QuestionType.All.Contains(question.Type))
                {
                    return Result<CatalogueDocument>.Failure($"Question '{question.Code}' of '{service.Code}' has the type '{question.Type}'; use one of {string.Join(", ", QuestionType.All)}");
                }

                if (QuestionType.IsChoice(question.Type) && (question.Options?.Count ?? 0) < 2)
                {
                    return Result<CatalogueDocument>.Failure($"Question '{question.Code}' of '{service.Code}' is a choice but has fewer than 2 options");
                }
            }

            foreach (var timescale in service.Timescales ?? [])
            {
                if (timescale.Channel != ServiceTimescale.AnyChannel && !Channel.IsKnown(timescale.Channel))
                {
                    return Result<CatalogueDocument>.Failure($"Service '{service.Code}' has a timescale for the unknown channel '{timescale.Channel}'");
                }
            }
        }

        var duplicate = document.Services.GroupBy(s => s.Code).FirstOrDefault(g => g.Count() > 1);
        return duplicate is null ? document : Result<CatalogueDocument>.Failure($"The service code '{duplicate.Key}' is used twice");
    }

    public sealed class Handler(FrontDoorDb db, CatalogueCache cache, Search.ServiceFinder finder)
    {
        public async Task<Result<Council>> Handle(CatalogueDocument document, CancellationToken cancellationToken = default)
        {
            var valid = Validate(document);
            if (!valid.Succeeded)
            {
                return Result<Council>.Failure(valid.Error!);
            }

            var council = await db.Set<Council>().FirstOrDefaultAsync(c => c.Code == document.Council.Code, cancellationToken);
            if (council is null)
            {
                council = new Council { Code = document.Council.Code, Name = document.Council.Name, NationCode = document.Council.Nation };
                db.Add(council);
            }

            council.Name = document.Council.Name;
            council.NationCode = Nation.Parse(document.Council.Nation).Code;
            council.Phone = document.Council.Phone ?? "";
            council.Email = document.Council.Email ?? "";
            council.Address = document.Council.Address ?? "";
            council.OpeningHours = document.Council.OpeningHours ?? "";
            council.ReopenWindowWorkingDays = document.Council.ReopenWindowWorkingDays ?? 20;

            var teams = await db.Set<Team>().Where(t => t.CouncilId == council.Id).ToDictionaryAsync(t => t.Code, cancellationToken);
            foreach (var entry in document.Teams)
            {
                if (!teams.TryGetValue(entry.Code, out var team))
                {
                    team = new Team { CouncilId = council.Id, Code = entry.Code, Name = entry.Name };
                    db.Add(team);
                    teams[entry.Code] = team;
                }

                team.Name = entry.Name;
                team.Email = entry.Email ?? "";
                team.Phone = entry.Phone ?? "";
            }

            var needs = await db.Set<Need>().Where(n => n.CouncilId == council.Id).ToDictionaryAsync(n => n.Code, cancellationToken);
            foreach (var entry in document.Needs)
            {
                if (!needs.TryGetValue(entry.Code, out var need))
                {
                    need = new Need { CouncilId = council.Id, Code = entry.Code, Name = entry.Name };
                    db.Add(need);
                    needs[entry.Code] = need;
                }

                need.Name = entry.Name;
                need.Summary = entry.Summary ?? "";
                need.Order = entry.Order;
            }

            var services = await db.Set<Service>().Include(s => s.Questions).Include(s => s.Timescales)
                .Where(s => s.CouncilId == council.Id).AsSplitQuery().ToDictionaryAsync(s => s.Code, cancellationToken);
            foreach (var entry in document.Services)
            {
                if (!services.TryGetValue(entry.Code, out var service))
                {
                    service = new Service { CouncilId = council.Id, Code = entry.Code, Name = entry.Name };
                    db.Add(service);
                }

                Apply(entry, service, needs[entry.Need], teams[entry.Team]);
            }

            await db.SaveChangesAsync(cancellationToken);
            cache.Clear();
            finder.Invalidate(council.Code);
            return council;
        }

        private void Apply(ServiceEntry entry, Service service, Need need, Team team)
        {
            service.NeedId = need.Id;
            service.TeamId = team.Id;
            service.Name = entry.Name;
            service.Summary = entry.Summary ?? "";
            service.Keywords = [.. entry.Keywords ?? []];
            service.Lgsl = entry.Lgsl;
            service.Kind = entry.Kind ?? "request";
            service.LocationRequired = entry.LocationRequired;
            service.SignInRequired = entry.SignInRequired;
            service.Sensitive = entry.Sensitive;
            service.WhatYouNeed = entry.WhatYouNeed ?? "";
            service.WhatHappensNext = entry.WhatHappensNext ?? "";
            service.FeePence = entry.Fee?.AmountPence;
            service.FeeDescription = entry.Fee?.Description;

            var order = 0;
            foreach (var q in entry.Questions ?? [])
            {
                var question = service.Questions.FirstOrDefault(x => x.Code == q.Code);
                if (question is null)
                {
                    question = new ServiceQuestion { ServiceId = service.Id, Code = q.Code, Text = q.Text, Type = q.Type };
                    service.Questions.Add(question);
                }

                question.Text = q.Text;
                question.Hint = q.Hint;
                question.Type = q.Type;
                question.Required = q.Required;
                question.Order = ++order;
                question.Options = [.. (q.Options ?? []).Select(o => new QuestionOption { Value = o.Value, Label = o.Label })];
            }

            foreach (var gone in service.Questions.Where(x => (entry.Questions ?? []).All(q => q.Code != x.Code)).ToList())
            {
                service.Questions.Remove(gone);
                db.Remove(gone);
            }

            var rows = entry.Timescales is { Count: > 0 } given ? given : [new TimescaleEntry(ServiceTimescale.AnyChannel, 2, 10, 1, null)];
            foreach (var t in rows)
            {
                var timescale = service.Timescales.FirstOrDefault(x => x.Channel == t.Channel);
                if (timescale is null)
                {
                    timescale = new ServiceTimescale { ServiceId = service.Id, Channel = t.Channel };
                    service.Timescales.Add(timescale);
                }

                timescale.AcknowledgeWorkingDays = t.AcknowledgeWorkingDays;
                timescale.ResolveWorkingDays = t.ResolveWorkingDays;
                timescale.AtRiskWithinWorkingDays = t.AtRiskWithinWorkingDays ?? 1;
                timescale.MaxExtensionWorkingDays = t.MaxExtensionWorkingDays;
            }
        }
    }
}
