using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.EntityFrameworkCore;

namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>
/// GET services and GET services/{code}: the catalogue as GeoReport v2 service types, with FixMyStreet's
/// conventions: <c>group</c> is the resident need the service sits under, and the keywords <c>private</c> (reports in
/// this category are not shown publicly: our sensitive services, whose descriptions are withheld here too) and
/// <c>inactive</c> (no longer offered). Definitions come from the service's questions, one attribute per question.
/// </summary>
public static class ServiceList
{
    public static async Task<IResult> List(string format, HttpContext http, FrontDoorDb db, Jurisdictions jurisdictions, CancellationToken cancellationToken)
    {
        if (Open311Http.FormatOf(format) is not { } f)
        {
            return Open311Http.BadFormat(format);
        }

        var input = Open311Http.Query(http);
        if (!input.Succeeded)
        {
            return Open311Http.Error(f, 400, input.Error!.Message);
        }

        var council = await Open311Http.Council(input.Value, jurisdictions, db, cancellationToken);
        if (!council.Succeeded)
        {
            return Open311Http.Failure(f, council.Error!);
        }

        var services = await db.Set<Service>().AsNoTracking()
            .Where(s => s.CouncilId == council.Value)
            .OrderBy(s => s.Need!.Order).ThenBy(s => s.Name)
            .Select(s => new
            {
                s.Code,
                s.Name,
                s.Summary,
                s.Keywords,
                s.Sensitive,
                s.Active,
                Group = s.Need != null ? s.Need.Name : "",
                HasQuestions = s.Questions.Any(),
            })
            .ToListAsync(cancellationToken);

        var items = services.Select(s => (Node)Fields.Of(
            ("service_code", new Text(s.Code)),
            ("service_name", new Text(s.Name)),
            ("description", new Text(s.Sensitive ? null : s.Summary)),
            ("metadata", new Flag(s.HasQuestions)),
            ("type", new Text("realtime")),
            ("keywords", new Text(Keywords(s.Keywords, s.Sensitive, s.Active))),
            ("group", new Text(s.Group)))).ToList();
        return Open311Http.Document(f, "services", new Items("service", items));
    }

    public static async Task<IResult> Definition(string code, string format, HttpContext http, FrontDoorDb db, Jurisdictions jurisdictions, CancellationToken cancellationToken)
    {
        if (Open311Http.FormatOf(format) is not { } f)
        {
            return Open311Http.BadFormat(format);
        }

        var input = Open311Http.Query(http);
        if (!input.Succeeded)
        {
            return Open311Http.Error(f, 400, input.Error!.Message);
        }

        var council = await Open311Http.Council(input.Value, jurisdictions, db, cancellationToken);
        if (!council.Succeeded)
        {
            return Open311Http.Failure(f, council.Error!);
        }

        var service = await db.Set<Service>().AsNoTracking().Include(s => s.Questions)
            .FirstOrDefaultAsync(s => s.CouncilId == council.Value && s.Code == code, cancellationToken);
        if (service is null)
        {
            return Open311Http.Error(f, 404, $"service_code '{Open311Http.Shorten(code)}' was not found");
        }

        var attributes = service.Questions.OrderBy(q => q.Order).ThenBy(q => q.Code)
            .Select((q, index) => (Node)Attribute(q, index + 1)).ToList();
        return Open311Http.Document(f, "service_definition", Fields.Of(
            ("service_code", new Text(service.Code)),
            ("attributes", new Items("attribute", attributes))));
    }

    /// <summary>Our question types as GeoReport v2 datatypes.</summary>
    public static string Datatype(string questionType) => questionType switch
    {
        QuestionType.ShortText => "string",
        QuestionType.LongText => "text",
        QuestionType.Number => "number",
        QuestionType.Date => "datetime",
        QuestionType.SingleChoice => "singlevaluelist",
        QuestionType.MultipleChoice => "multivaluelist",
        _ => "string",
    };

    private static Fields Attribute(ServiceQuestion question, int order)
    {
        var fields = new List<(string, Node)>
        {
            ("variable", new Flag(true)),
            ("code", new Text(question.Code)),
            ("datatype", new Text(Datatype(question.Type))),
            ("required", new Flag(question.Required)),
            ("datatype_description", new Text(DatatypeDescription(question))),
            ("order", new Number(order)),
            ("description", new Text(question.Text)),
        };
        if (QuestionType.IsChoice(question.Type))
        {
            fields.Add(("values", new Items("value", question.Options
                .Select(o => (Node)Fields.Of(("key", new Text(o.Value)), ("name", new Text(o.Label)))).ToList())));
        }

        return new Fields(fields);
    }

    private static string? DatatypeDescription(ServiceQuestion question) => question.Type switch
    {
        QuestionType.Date => "A date (YYYY-MM-DD) or a W3C date-time with a time zone; the day in London is kept.",
        QuestionType.Number => Join(question.Hint, "A number, with a full stop for any decimal point."),
        QuestionType.MultipleChoice => Join(question.Hint, "One or more keys, as attribute[code][]=key for each."),
        QuestionType.ShortText => Join(question.Hint, "Up to 500 characters."),
        QuestionType.LongText => Join(question.Hint, "Up to 4,000 characters."),
        _ => question.Hint,
    };

    private static string Join(string? hint, string rule) => string.IsNullOrWhiteSpace(hint) ? rule : $"{hint.Trim()} {rule}";

    private static string Keywords(IEnumerable<string> keywords, bool sensitive, bool active)
    {
        var all = keywords.ToList();
        if (sensitive)
        {
            all.Add("private");
        }

        if (!active)
        {
            all.Add("inactive");
        }

        return string.Join(", ", all);
    }
}
