using FrontDoor.Domain.Calendar;
using FrontDoor.Domain.References;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Requests;
using FrontDoor.Web.Features.Staff;

namespace FrontDoor.Web.Features.Demo;

/// <summary>
/// Simulates a year of a council's requests through the real lifecycle methods, so that every row is one the product
/// itself could have written: realistic channels, resolution times around each service's timescale, some breached,
/// some reopened, some duplicates, and the newest still open.
/// </summary>
public sealed class HistoryGenerator(
    WorkingDayCalendar calendar,
    Nation nation,
    Guid councilId,
    IReadOnlyList<Service> services,
    IReadOnlyList<StaffMember> officers,
    IReadOnlyList<Customer> customers,
    int reopenWindowWorkingDays,
    int seed)
{
    private static readonly (string Channel, double Weight)[] Channels =
    [
        (Channel.Web, 0.45), (Channel.Phone, 0.29), (Channel.Email, 0.10), (Channel.FaceToFace, 0.06),
        (Channel.Letter, 0.03), (Channel.SocialMedia, 0.03), (Channel.Webchat, 0.03), (Channel.Api, 0.01),
    ];

    private static readonly string[] CompletionNotes =
    [
        "We have done the work you asked for. Thank you for telling us.",
        "Our team visited and put this right.",
        "This has been fixed. Please tell us if it happens again.",
        "We have completed your request and updated our records.",
    ];

    private readonly Random random = new(seed);
    private readonly Dictionary<Guid, List<StaffMember>> officersByTeam = officers.GroupBy(o => o.TeamId).ToDictionary(g => g.Key, g => g.ToList());
    private readonly Dictionary<Guid, ServiceRequest> lastByService = [];

    /// <summary>Yields requests made between <paramref name="fromUtc"/> and <paramref name="nowUtc"/>, oldest first.</summary>
    public IEnumerable<ServiceRequest> Generate(int count, DateTime fromUtc, DateTime nowUtc)
    {
        var span = (nowUtc - fromUtc).Ticks;
        var starts = Enumerable.Range(0, count).Select(_ => fromUtc.AddTicks((long)(random.NextDouble() * span))).Order().ToList();
        foreach (var start in starts)
        {
            var request = Simulate(WorkingHours(start), nowUtc);
            if (request is not null)
            {
                yield return request;
            }
        }
    }

    private ServiceRequest? Simulate(DateTime createdUtc, DateTime nowUtc)
    {
        var service = services[Skewed(services.Count)];
        var channel = Pick(Channels);
        var timescale = service.TimescaleFor(channel);
        var customer = random.NextDouble() < 0.7 && customers.Count > 0 ? customers[random.Next(customers.Count)] : null;
        var actor = channel is Channel.Phone or Channel.FaceToFace ? Actor.Staff(Guid.Empty, "Contact centre") : Actor.Resident(customer?.Id);
        var opened = ServiceRequest.Open(
            new NewRequest(councilId, RequestReference.NewReference().Value, service.Id, service.TeamId, channel,
                channel is Channel.Phone or Channel.FaceToFace, timescale.AcknowledgePolicy, timescale.ResolvePolicy, actor),
            At(createdUtc));
        if (!opened.Succeeded)
        {
            return null;
        }

        var request = opened.Value;
        request.Description = $"Demo request for {service.Name.ToLowerInvariant()}.";
        request.CustomerId = customer?.Id;
        request.ReporterName = customer?.FullName;
        request.ReporterEmail = customer?.Email;
        request.ReporterPhone = customer?.Phone;
        request.Postcode = customer?.Postcode;
        request.Address = service.LocationRequired ? customer?.AddressLine ?? "Outside 12 High Street" : null;

        var time = createdUtc;
        var officer = officersByTeam.TryGetValue(service.TeamId, out var team) ? team[random.Next(team.Count)] : null;
        var staff = officer is null ? Actor.System : Actor.Staff(officer.Id, officer.DisplayName);
        if (!Step(ref time, random.Next(0, 4), nowUtc))
        {
            return request;
        }

        if (request.Status == RequestStatus.Submitted)
        {
            request.MoveTo(RequestStatus.Acknowledged, staff, At(time), "We have your request and will be in touch.", null);
        }

        if (officer is not null && random.NextDouble() < 0.85)
        {
            request.Assign(officer.Id, officer.DisplayName, officer.TeamId, staff, At(time));
        }

        request.MoveTo(RequestStatus.InProgress, staff, At(time), null, null);
        if (random.NextDouble() < 0.12)
        {
            request.MoveTo(RequestStatus.WaitingForResident, staff, At(time), "We need a photo of the problem. Please reply to our email.", null);
            if (!Step(ref time, random.Next(1, 6), nowUtc))
            {
                return request;
            }

            request.MoveTo(RequestStatus.InProgress, staff, At(time), "Thank you for the information.", null);
        }

        // About 78% finish within the timescale; the rest run late by up to the same again.
        var target = timescale.ResolveWorkingDays;
        var days = random.NextDouble() < 0.78 ? random.Next(Math.Max(0, target / 3), target + 1) : target + random.Next(1, target + 2);
        if (!Step(ref time, Math.Max(0, days - 1), nowUtc))
        {
            return request;
        }

        Close(request, service, staff, time);
        if (request.ClosureReason == ClosureReason.Completed && random.NextDouble() < 0.03 && Step(ref time, random.Next(1, 8), nowUtc))
        {
            request.Reopen("The work was not done properly.", reopenWindowWorkingDays, Actor.Resident(customer?.Id), At(time));
            if (Step(ref time, random.Next(1, target + 1), nowUtc))
            {
                request.Close(ClosureReason.Completed, "We came back and finished the work.", null, staff, At(time), null);
            }
        }

        lastByService[service.Id] = request;
        return request;
    }

    private void Close(ServiceRequest request, Service service, Actor staff, DateTime time)
    {
        var roll = random.NextDouble();
        if (roll < 0.05 && lastByService.TryGetValue(service.Id, out var original) && original.Id != request.Id)
        {
            request.Close(ClosureReason.Duplicate, null, original.DuplicateOfId ?? original.Id, staff, At(time), "Same problem already reported.");
        }
        else if (roll < 0.09)
        {
            request.Close(ClosureReason.NotForCouncil, null, null, staff, At(time), "Signposted to the right organisation.");
        }
        else if (roll < 0.12)
        {
            request.Close(ClosureReason.Withdrawn, null, null, staff, At(time), null);
        }
        else if (roll < 0.15)
        {
            request.Close(ClosureReason.NoFurtherAction, null, null, staff, At(time), "Inspected: no action needed.");
        }
        else
        {
            request.Close(ClosureReason.Completed, CompletionNotes[random.Next(CompletionNotes.Length)], null, staff, At(time), null);
        }
    }

    /// <summary>Moves <paramref name="time"/> on by working days to a working-hours time; false if that is in the future.</summary>
    private bool Step(ref DateTime time, int workingDays, DateTime nowUtc)
    {
        var date = calendar.AddWorkingDays(nation, LondonTime.DateOf(time), workingDays);
        if (!date.Succeeded)
        {
            return false;
        }

        var next = LondonTime.StartOfDayUtc(date.Value).AddHours(9 + (random.NextDouble() * 8));
        if (next < time)
        {
            next = time.AddMinutes(random.Next(5, 90));
        }

        if (next > nowUtc)
        {
            return false;
        }

        time = next;
        return true;
    }

    private DateTime WorkingHours(DateTime instant) =>
        LondonTime.StartOfDayUtc(LondonTime.DateOf(instant)).AddHours(random.NextDouble() < 0.8 ? 8 + (random.NextDouble() * 10) : random.NextDouble() * 24);

    private ClockContext At(DateTime utc) => new(calendar, nation, utc);

    /// <summary>A few services (bins, potholes, council tax) get most of the demand, as they do in real councils.</summary>
    private int Skewed(int count) => (int)Math.Min(count - 1, Math.Floor(count * Math.Pow(random.NextDouble(), 2.2)));

    private string Pick((string Value, double Weight)[] weighted)
    {
        var roll = random.NextDouble() * weighted.Sum(w => w.Weight);
        foreach (var (value, weight) in weighted)
        {
            roll -= weight;
            if (roll <= 0)
            {
                return value;
            }
        }

        return weighted[^1].Value;
    }
}
