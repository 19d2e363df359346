using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Shared.Govuk;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>
/// One question of the service's form on its own page. The answer is checked with <see cref="AnswerRules"/> — the same
/// rules every channel uses — so the error the resident sees here is the one SubmitRequest would give.
/// </summary>
public sealed class QuestionModel(FrontDoorDb db, JourneyStore store, CurrentCouncil council) : JourneyPageModel(db, store, council)
{
    public ServiceQuestion Question { get; private set; } = null!;

    public string?[] Values { get; private set; } = [];

    public string Step => "questions/" + Question.Code;

    public IEnumerable<GovukChoice> Choices => Question.Options.Select(o => new GovukChoice(o.Value, o.Label));

    public async Task<IActionResult> OnGetAsync(string code, string question, CancellationToken cancellationToken)
    {
        if (await Load(code, question, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Values = Draft.AnswerTo(Question.Code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, string question, CancellationToken cancellationToken)
    {
        if (await Load(code, question, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Values = Request.Form[Question.Code].ToArray();
        var checkedAnswer = AnswerRules.Check(Question, Values);
        if (!checkedAnswer.Succeeded)
        {
            GovukErrors.Add(ModelState, checkedAnswer.Error!, Question.Code);
            return Page();
        }

        Draft.Answer(Question.Code, Values);
        await Store.Save(cancellationToken);
        return NextAfter(Step);
    }

    private async Task<IActionResult?> Load(string code, string question, CancellationToken cancellationToken)
    {
        if (await Load(code, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        if (Service.Questions.FirstOrDefault(q => q.Code == question) is not { } found)
        {
            return NotFound();
        }

        Question = found;
        return null;
    }
}
