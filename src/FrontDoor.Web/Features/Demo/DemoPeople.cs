using Bogus;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Customers;
using FrontDoor.Web.Features.Staff;

namespace FrontDoor.Web.Features.Demo;

/// <summary>
/// Made-up staff and residents for the demo council. Phone numbers are in Ofcom's drama ranges (07700 900xxx) and email
/// addresses use reserved example domains, so nothing here can reach a real person.
/// </summary>
public static class DemoPeople
{
    public static List<StaffMember> Officers(Guid councilId, IReadOnlyList<Team> teams, int seed)
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(seed) };
        var officers = new List<StaffMember>();
        foreach (var team in teams)
        {
            for (var i = 0; i < 3; i++)
            {
                var first = faker.Name.FirstName();
                var last = faker.Name.LastName();
                officers.Add(new StaffMember
                {
                    CouncilId = councilId,
                    TeamId = team.Id,
                    DisplayName = $"{first} {last}",
                    Email = $"{first}.{last}.{team.Code}{i}@thameside.example".ToLowerInvariant().Replace("'", ""),
                    Role = i == 0 ? "team-leader" : "case-officer",
                });
            }
        }

        return officers;
    }

    public static List<Customer> Residents(Guid councilId, int count, int seed, DateTime createdBeforeUtc)
    {
        var faker = new Faker("en_GB") { Random = new Randomizer(seed) };
        var residents = new List<Customer>(count);
        for (var i = 0; i < count; i++)
        {
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            var hasEmail = faker.Random.Double() < 0.85;
            residents.Add(new Customer
            {
                CouncilId = councilId,
                FirstName = first,
                LastName = last,
                Email = hasEmail ? $"{first}.{last}{i}@example.com".ToLowerInvariant().Replace("'", "") : null,
                Phone = faker.Random.Double() < 0.8 ? $"07700900{faker.Random.Number(0, 999):000}" : null,
                AddressLine = $"{faker.Random.Number(1, 240)} {faker.Address.StreetName()}",
                Postcode = $"E{faker.Random.Number(1, 20)} {faker.Random.Number(1, 9)}{faker.Random.String2(2, "ABDEFGHJLNPQRSTUWXYZ")}",
                PreferredLanguage = faker.Random.WeightedRandom(["en", "bn", "so"], [0.88f, 0.09f, 0.03f]),
                PreferredChannel = hasEmail ? faker.Random.WeightedRandom(["email", "sms"], [0.8f, 0.2f]) : "letter",
                CreatedUtc = createdBeforeUtc.AddDays(-faker.Random.Number(400, 3000)),
            });
        }

        return residents;
    }
}
