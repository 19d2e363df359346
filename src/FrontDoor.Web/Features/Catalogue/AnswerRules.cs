using System.Globalization;
using FrontDoor.Domain.Results;
using FrontDoor.Web.Features.Requests;

namespace FrontDoor.Web.Features.Catalogue;

/// <summary>
/// Checks an answer against its question, with the GOV.UK Design System's error wording. Used by every channel — the
/// resident site, assisted digital and the APIs — so the same answer is accepted or refused everywhere.
/// </summary>
public static class AnswerRules
{
    public const int MaxTextLength = 4000;

    public static Result<RequestAnswer> Check(ServiceQuestion question, IReadOnlyList<string?> values)
    {
        var given = values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();
        var field = question.Code;
        var subject = $"‘{question.Text.TrimEnd('.')}’";

        if (given.Count == 0)
        {
            return question.Required
                ? Result<RequestAnswer>.Failure(MissingMessage(question, subject), field)
                : Answer(question, "", "Not answered");
        }

        switch (question.Type)
        {
            case QuestionType.ShortText or QuestionType.LongText:
                var text = string.Join(" ", given);
                var max = question.Type == QuestionType.ShortText ? 500 : MaxTextLength;
                return text.Length > max
                    ? Result<RequestAnswer>.Failure($"Your answer must be {max:N0} characters or fewer", field)
                    : Answer(question, text, text);

            case QuestionType.Number:
                return decimal.TryParse(given[0].Replace(",", ""), NumberStyles.Number, CultureInfo.InvariantCulture, out var number)
                    ? Answer(question, number.ToString(CultureInfo.InvariantCulture), number.ToString("N0", CultureInfo.GetCultureInfo("en-GB")))
                    : Result<RequestAnswer>.Failure($"Enter a number for {subject}", field);

            case QuestionType.Date:
                return ParseDate(given) is { } date
                    ? Answer(question, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), date.ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB")))
                    : Result<RequestAnswer>.Failure($"The date for {subject} must be a real date", field);

            case QuestionType.SingleChoice or QuestionType.MultipleChoice:
                if (question.Type == QuestionType.SingleChoice && given.Count > 1)
                {
                    return Result<RequestAnswer>.Failure($"Select one option for {subject}", field);
                }

                var chosen = new List<QuestionOption>();
                foreach (var value in given.Distinct())
                {
                    var option = question.Options.FirstOrDefault(o => string.Equals(o.Value, value, StringComparison.OrdinalIgnoreCase));
                    if (option is null)
                    {
                        return Result<RequestAnswer>.Failure($"Select an option from the list for {subject}", field);
                    }

                    chosen.Add(option);
                }

                return Answer(question, string.Join(",", chosen.Select(o => o.Value)), string.Join(", ", chosen.Select(o => o.Label)));

            default:
                return Result<RequestAnswer>.Failure($"The question '{question.Code}' has an unknown type", field);
        }
    }

    /// <summary>A date as YYYY-MM-DD, or as day, month and year parts (the GOV.UK date input).</summary>
    private static DateOnly? ParseDate(IReadOnlyList<string> parts)
    {
        if (parts.Count == 1)
        {
            return DateOnly.TryParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) ? iso : null;
        }

        if (parts.Count == 3
            && int.TryParse(parts[0], out var day) && int.TryParse(parts[1], out var month) && int.TryParse(parts[2], out var year)
            && year is >= 1900 and <= 2200 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return null;
    }

    private static string MissingMessage(ServiceQuestion question, string subject) => question.Type switch
    {
        QuestionType.SingleChoice => $"Select an answer to {subject}",
        QuestionType.MultipleChoice => $"Select at least one answer to {subject}",
        QuestionType.Date => $"Enter a date for {subject}",
        QuestionType.Number => $"Enter a number for {subject}",
        _ => $"Enter an answer to {subject}",
    };

    private static Result<RequestAnswer> Answer(ServiceQuestion question, string value, string display) =>
        new RequestAnswer { Code = question.Code, Question = question.Text, Value = value, Display = display };
}
