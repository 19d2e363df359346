using FrontDoor.Web.Features.Catalogue;

namespace FrontDoor.Web.Tests.Features.Catalogue;

public sealed class AnswerRulesTests
{
    private static ServiceQuestion Question(string type, bool required = true) => new()
    {
        Code = "q",
        Text = "When should it have been collected?",
        Type = type,
        Required = required,
        Options = QuestionType.IsChoice(type) ? [new() { Value = "general", Label = "General waste" }, new() { Value = "food", Label = "Food waste" }] : [],
    };

    [Fact]
    public void A_missing_required_answer_says_which_question() =>
        Assert.Equal("Enter a date for ‘When should it have been collected?’", AnswerRules.Check(Question(QuestionType.Date), []).Error!.Message);

    [Fact]
    public void An_optional_question_may_be_left_blank() =>
        Assert.Equal("", AnswerRules.Check(Question(QuestionType.LongText, required: false), [" "]).Value.Value);

    [Theory]
    [InlineData("2026-11-20", "2026-11-20")]
    [InlineData("20|11|2026", "2026-11-20")]
    [InlineData("29|2|2024", "2024-02-29")]
    public void Dates_are_taken_as_iso_or_day_month_year(string parts, string expected) =>
        Assert.Equal(expected, AnswerRules.Check(Question(QuestionType.Date), parts.Split('|')).Value.Value);

    [Theory]
    [InlineData("31|2|2026")]
    [InlineData("29|2|2025")]
    [InlineData("tomorrow")]
    public void Impossible_dates_are_refused(string parts) =>
        Assert.Contains("must be a real date", AnswerRules.Check(Question(QuestionType.Date), parts.Split('|')).Error!.Message);

    [Fact]
    public void Choices_keep_their_values_and_show_their_labels()
    {
        var answer = AnswerRules.Check(Question(QuestionType.MultipleChoice), ["general", "FOOD"]).Value;

        Assert.Equal("general,food", answer.Value);
        Assert.Equal("General waste, Food waste", answer.Display);
    }

    [Fact]
    public void Two_answers_to_a_single_choice_are_refused() =>
        Assert.False(AnswerRules.Check(Question(QuestionType.SingleChoice), ["general", "food"]).Succeeded);

    [Fact]
    public void Text_over_the_limit_is_refused() =>
        Assert.Contains("4,000 characters or fewer", AnswerRules.Check(Question(QuestionType.LongText), [new string('a', 4001)]).Error!.Message);

    [Fact]
    public void Numbers_with_thousands_separators_are_read() =>
        Assert.Equal("1200", AnswerRules.Check(Question(QuestionType.Number), ["1,200"]).Value.Value);

    [Fact]
    public void Words_are_not_numbers() =>
        Assert.False(AnswerRules.Check(Question(QuestionType.Number), ["three"]).Succeeded);
}
