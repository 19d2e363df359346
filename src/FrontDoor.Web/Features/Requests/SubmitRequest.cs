using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.Calendar;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests;

/// <summary>
/// Makes a request on any channel: checks the service, answers and location, gives it a reference, starts its clocks
/// from the service's timescale for that channel, and saves it with its first history rows in one transaction.
/// </summary>
public static class SubmitRequest
{
    public sealed record Command
    {
        public required string CouncilCode { get; init; }

        public required string ServiceCode { get; init; }

        public required string Channel { get; init; }

        public bool IsAssisted { get; init; }

        public string? Description { get; init; }

        /// <summary>Answers by question code; several values for multiple choice, or day/month/year for a date.</summary>
        public IReadOnlyDictionary<string, string?[]> Answers { get; init; } = new Dictionary<string, string?[]>();

        public double? Latitude { get; init; }

        public double? Longitude { get; init; }

        public string? Address { get; init; }

        public string? Postcode { get; init; }

        public Guid? CustomerId { get; init; }

        public string? ReporterName { get; init; }

        public string? ReporterEmail { get; init; }

        public string? ReporterPhone { get; init; }

        public Actor Actor { get; init; } = Actor.System;

        public string? SourceClient { get; init; }
    }

    public sealed record Submitted(Guid Id, string Reference, DateOnly DueDate, string TeamName, string ServiceName);

    public sealed class Handler(FrontDoorDb db, CouncilCalendar calendar, CatalogueCache catalogueCache, ReferenceSource references)
    {
        public async Task<Result<Submitted>> Handle(Command command, CancellationToken cancellationToken = default)
        {
            var catalogue = await catalogueCache.For(db, command.CouncilCode, cancellationToken);
            if (catalogue is null)
            {
                return Error.NotFound($"There is no council with the code '{command.CouncilCode}'");
            }

            var council = catalogue.Council;
            if (!catalogue.Services.TryGetValue(command.ServiceCode, out var service))
            {
                return Error.NotFound($"There is no service with the code '{command.ServiceCode}'");
            }

            var details = Check(command, service);
            if (!details.Succeeded)
            {
                return Result<Submitted>.Failure(details.Error!);
            }

            var timescale = service.TimescaleFor(command.Channel);
            var context = calendar.ClockFor(council);
            Result<ServiceRequest> Open(string reference)
            {
                var opened = ServiceRequest.Open(
                    new NewRequest(council.Id, reference, service.Id, service.TeamId, command.Channel, command.IsAssisted,
                        timescale.AcknowledgePolicy, timescale.ResolvePolicy, command.Actor, command.SourceClient),
                    context);
                if (opened.Succeeded)
                {
                    var made = opened.Value;
                    made.Description = command.Description?.Trim() ?? "";
                    made.Answers.AddRange(details.Value);
                    made.Latitude = command.Latitude;
                    made.Longitude = command.Longitude;
                    made.Address = Clean(command.Address);
                    made.Postcode = Clean(command.Postcode)?.ToUpperInvariant();
                    made.CustomerId = command.CustomerId;
                    made.ReporterName = Clean(command.ReporterName);
                    made.ReporterEmail = Clean(command.ReporterEmail);
                    made.ReporterPhone = Clean(command.ReporterPhone);
                }

                return opened;
            }

            var saved = await Save(Open, cancellationToken);
            if (!saved.Succeeded)
            {
                return Result<Submitted>.Failure(saved.Error!);
            }

            var request = saved.Value;
            return new Submitted(request.Id, request.Reference, request.ResolveClock.DueDate, service.Team?.Name ?? "", service.Name);
        }

        private static Result<List<RequestAnswer>> Check(Command command, Service service)
        {
            if (!Channel.IsKnown(command.Channel))
            {
                return Result<List<RequestAnswer>>.Failure($"'{command.Channel}' is not a channel FrontDoor knows", "channel");
            }

            if (command.Description is { Length: > AnswerRules.MaxTextLength })
            {
                return Result<List<RequestAnswer>>.Failure($"The description must be {AnswerRules.MaxTextLength:N0} characters or fewer", "description");
            }

            if (service.LocationRequired && (command.Latitude is null || command.Longitude is null) && string.IsNullOrWhiteSpace(command.Address))
            {
                return Result<List<RequestAnswer>>.Failure("Enter the location, as an address or a point on the map", "location");
            }

            var unknown = command.Answers.Keys.FirstOrDefault(code => service.Questions.All(q => q.Code != code));
            if (unknown is not null)
            {
                return Result<List<RequestAnswer>>.Failure($"The service '{service.Code}' has no question '{unknown}'", unknown);
            }

            var answers = new List<RequestAnswer>();
            foreach (var question in service.Questions.OrderBy(q => q.Order))
            {
                var answer = AnswerRules.Check(question, command.Answers.GetValueOrDefault(question.Code) ?? []);
                if (!answer.Succeeded)
                {
                    return Result<List<RequestAnswer>>.Failure(answer.Error!);
                }

                answers.Add(answer.Value);
            }

            return answers;
        }

        /// <summary>
        /// Opens and saves the new request. References are random (30^8 of them), so two requests can be given the same
        /// one: a council that has taken a million requests can expect about one clash. The unique index is the check,
        /// not a query before every save, so a clash costs nothing until it happens; then everything the failed save added (the request, its
        /// history, and the rows the save interceptors wrote for it) is let go, and the request is opened again under a
        /// new reference. Rows the caller added before calling are kept.
        /// </summary>
        private async Task<Result<ServiceRequest>> Save(Func<string, Result<ServiceRequest>> open, CancellationToken cancellationToken)
        {
            var callersRows = db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToHashSet();
            for (var attempt = 1; ; attempt++)
            {
                var opened = open(references.Next());
                if (!opened.Succeeded)
                {
                    return opened;
                }

                db.Add(opened.Value);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return opened;
                }
                catch (DbUpdateException clash) when (attempt < MaxReferenceAttempts && db.IsUniqueViolation<ServiceRequest>(clash, nameof(ServiceRequest.Reference)))
                {
                    foreach (var entry in db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added && !callersRows.Contains(e.Entity)).ToList())
                    {
                        entry.State = EntityState.Detached;
                    }
                }
            }
        }

        /// <summary>Three clashes in a row would mean the reference generator is broken, not unlucky.</summary>
        private const int MaxReferenceAttempts = 3;

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
