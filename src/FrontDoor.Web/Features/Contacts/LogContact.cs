using FrontDoor.Domain.References;
using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Customers.Workspace;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Staff;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Contacts;

/// <summary>
/// Logs a contact in one form: channel, who, reason, related request, outcome and demand type. A new customer's record
/// is made at the same time. Contact notes are staff-only.
/// </summary>
public static class LogContact
{
    public static IReadOnlyList<string> Channels { get; } =
        [Channel.Phone, Channel.Email, Channel.Letter, Channel.FaceToFace, Channel.Webchat, Channel.SocialMedia];

    public sealed record NewCustomer(string? FirstName, string? LastName, string? Phone, string? Email, string? AddressLine, string? Postcode);

    public sealed record Command
    {
        public string? Channel { get; init; }

        public string? Who { get; init; }

        public Guid? CustomerId { get; init; }

        public NewCustomer? NewCustomer { get; init; }

        public string? ServiceCode { get; init; }

        public string? RequestReference { get; init; }

        public string? Outcome { get; init; }

        public string? PassedToTeamCode { get; init; }

        public string? SignpostedTo { get; init; }

        public string? DemandType { get; init; }

        public string? FailureReason { get; init; }

        public string? Notes { get; init; }

        public required StaffUser Staff { get; init; }
    }

    public sealed record Logged(Guid ContactId, Guid? CustomerId);

    public sealed class Handler(FrontDoorDb db, TimeProvider time)
    {
        public async Task<Result<Logged>> Handle(Command command, CancellationToken cancellationToken = default)
        {
            var checkedFields = Check(command);
            if (!checkedFields.Succeeded)
            {
                return Result<Logged>.Failure(checkedFields.Error!);
            }

            var council = command.Staff.CouncilId;
            Guid? customerId = null;
            if (command.Who == ContactWho.Known)
            {
                customerId = await db.Set<Customer>().Where(c => c.Id == command.CustomerId && c.CouncilId == council)
                    .Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
                if (customerId is null)
                {
                    return Result<Logged>.Failure("Find the customer first, or select new customer", "who");
                }
            }

            Guid? serviceId = null;
            if (!string.IsNullOrWhiteSpace(command.ServiceCode))
            {
                serviceId = await db.Set<Service>().Where(s => s.CouncilId == council && s.Code == command.ServiceCode)
                    .Select(s => (Guid?)s.Id).FirstOrDefaultAsync(cancellationToken);
                if (serviceId is null)
                {
                    return Result<Logged>.Failure("Select a service from the list", "service");
                }
            }

            Guid? requestId = null;
            if (!string.IsNullOrWhiteSpace(command.RequestReference))
            {
                var reference = FrontDoor.Domain.References.RequestReference.Parse(command.RequestReference);
                requestId = reference.Succeeded
                    ? await db.Set<ServiceRequest>().Where(r => r.CouncilId == council && r.Reference == reference.Value.Value)
                        .Select(r => (Guid?)r.Id).FirstOrDefaultAsync(cancellationToken)
                    : null;
                if (requestId is null)
                {
                    return Result<Logged>.Failure("Enter the reference of one of the council's requests, like ABC-DEF-GHJ", "request");
                }
            }

            Guid? teamId = null;
            if (command.Outcome == ContactOutcome.PassedToTeam)
            {
                teamId = await db.Set<Team>().Where(t => t.CouncilId == council && t.Code == command.PassedToTeamCode)
                    .Select(t => (Guid?)t.Id).FirstOrDefaultAsync(cancellationToken);
                if (teamId is null)
                {
                    return Result<Logged>.Failure("Select the team you passed it to", "team");
                }
            }

            var now = time.GetUtcNow().UtcDateTime;
            if (command.Who == ContactWho.New)
            {
                var person = command.NewCustomer!;
                var customer = new Customer
                {
                    CouncilId = council,
                    FirstName = person.FirstName!.Trim(),
                    LastName = person.LastName!.Trim(),
                    Phone = string.IsNullOrWhiteSpace(person.Phone) ? null : SearchText.Phone(person.Phone),
                    Email = string.IsNullOrWhiteSpace(person.Email) ? null : person.Email.Trim(),
                    AddressLine = string.IsNullOrWhiteSpace(person.AddressLine) ? null : person.AddressLine.Trim(),
                    Postcode = Postcode(person.Postcode),
                    PreferredChannel = string.IsNullOrWhiteSpace(person.Email) ? "letter" : "email",
                    CreatedUtc = now,
                };
                db.Add(customer);
                customerId = customer.Id;
            }

            var contact = new Contact
            {
                CouncilId = council,
                AtUtc = now,
                Channel = command.Channel!,
                Who = command.Who!,
                CustomerId = customerId,
                ServiceId = serviceId,
                RequestId = requestId,
                Outcome = command.Outcome!,
                PassedToTeamId = teamId,
                SignpostedTo = command.Outcome == ContactOutcome.Signposted ? command.SignpostedTo!.Trim() : null,
                DemandType = command.DemandType!,
                FailureReason = command.DemandType == FailureDemand.Failure ? command.FailureReason : null,
                Notes = string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim(),
                StaffId = command.Staff.StaffId,
                StaffName = command.Staff.Name,
            };
            db.Add(contact);
            await db.SaveChangesAsync(cancellationToken);
            return new Logged(contact.Id, customerId);
        }

        private static Result Check(Command command)
        {
            if (command.Channel is null || !Channels.Contains(command.Channel))
            {
                return Result.Failure("Select how the customer contacted us", "channel");
            }

            if (command.Who is null || !ContactWho.All.Contains(command.Who))
            {
                return Result.Failure("Select who contacted us", "who");
            }

            if (command.Who == ContactWho.New && string.IsNullOrWhiteSpace(command.NewCustomer?.FirstName))
            {
                return Result.Failure("Enter the customer’s first name", "firstName");
            }

            if (command.Who == ContactWho.New && string.IsNullOrWhiteSpace(command.NewCustomer?.LastName))
            {
                return Result.Failure("Enter the customer’s last name", "lastName");
            }

            if (command.Who == ContactWho.New && command.NewCustomer?.Phone is { Length: > 0 } phone && SearchText.Phone(phone).Length is < 10 or > 11)
            {
                return Result.Failure("Enter a UK phone number, like 01632 960 001 or 07700 900 982", "phone");
            }

            if (command.Outcome is null || !ContactOutcome.All.Contains(command.Outcome))
            {
                return Result.Failure("Select what happened", "outcome");
            }

            if (command.Outcome == ContactOutcome.Signposted && string.IsNullOrWhiteSpace(command.SignpostedTo))
            {
                return Result.Failure("Enter where you signposted them", "signpostedTo");
            }

            if (command.DemandType is not (FailureDemand.Value or FailureDemand.Failure))
            {
                return Result.Failure("Select whether this was value demand or failure demand", "demandType");
            }

            if (command.DemandType == FailureDemand.Failure && (command.FailureReason is null || !FailureDemand.Reasons.Contains(command.FailureReason)))
            {
                return Result.Failure("Select why this was failure demand", "failureReason");
            }

            return command.Notes is { Length: > 4000 } ? Result.Failure("Notes must be 4,000 characters or fewer", "notes") : Result.Success();
        }

        private static string? Postcode(string? typed)
        {
            var key = SearchText.Postcode(typed);
            return key.Length >= 5 ? $"{key[..^3]} {key[^3..]}" : key.Length > 0 ? key : null;
        }
    }
}
