using FrontDoor.Web.Features.Account;
using FrontDoor.Web.Features.Catalogue;
using FrontDoor.Web.Features.Councils;
using FrontDoor.Web.Features.Shared;
using FrontDoor.Web.Features.Shared.Govuk;
using FrontDoor.Web.Infrastructure.Database;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace FrontDoor.Web.Features.Requests.Portal;

/// <summary>
/// Check your answers, then send: submission goes through <see cref="SubmitRequest"/>, which checks everything again.
/// A guest gets a tracking link (emailed if they gave an address); the draft remembers the request for the confirmation.
/// </summary>
public sealed class CheckModel(
    FrontDoorDb db, JourneyStore store, CurrentCouncil council, SubmitRequest.Handler submit, GuestTracking tracking,
    IStringLocalizer<SiteText> text) : JourneyPageModel(db, store, council)
{
    public const string TrackingTokenKey = "tracking-token";

    public IReadOnlyList<SummaryRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string code, CancellationToken cancellationToken)
    {
        if (await Load(code, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        // Arrived here with a question unanswered (a bookmark, or the form changed): go and answer it first.
        return FirstUnansweredStep() is { } step ? Redirect(Href(step)) : Page();
    }

    public async Task<IActionResult> OnPostAsync(string code, CancellationToken cancellationToken)
    {
        if (await Load(code, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        var customerId = ResidentClaims.CustomerIdOf(User);
        var result = await submit.Handle(new SubmitRequest.Command
        {
            CouncilCode = Councils.Code,
            ServiceCode = Service.Code,
            Channel = Channel.Web,
            Answers = Draft.Answers,
            Address = Draft.Address,
            Postcode = Draft.Postcode,
            CustomerId = customerId,
            ReporterName = customerId is null ? Draft.ReporterName : null,
            ReporterEmail = customerId is null ? Draft.ReporterEmail : null,
            ReporterPhone = customerId is null ? Draft.ReporterPhone : null,
            Actor = Actor.Resident(customerId),
        }, cancellationToken);
        if (!result.Succeeded)
        {
            if (FirstUnansweredStep() is { } step)
            {
                return Redirect(Href(step));
            }

            GovukErrors.Add(ModelState, result.Error!);
            BuildRows();
            return Page();
        }

        Draft.SubmittedRequestId = result.Value.Id;
        await Store.Save(cancellationToken);
        if (customerId is null)
        {
            var token = await tracking.Issue(result.Value, Draft.ReporterEmail, HttpContext, cancellationToken);
            TempData[TrackingTokenKey] = token;
        }

        return Redirect(Href("confirmation"));
    }

    private string? FirstUnansweredStep()
    {
        BuildRows();
        var question = Service.Questions.OrderBy(q => q.Order).FirstOrDefault(q => !AnswerRules.Check(q, Draft.AnswerTo(q.Code)).Succeeded);
        return question is not null ? "questions/" + question.Code
            : Service.LocationRequired && string.IsNullOrWhiteSpace(Draft.Address) ? LocationStep
            : !SignedIn && string.IsNullOrWhiteSpace(Draft.ReporterEmail) && string.IsNullOrWhiteSpace(Draft.ReporterPhone) ? ContactStep
            : null;
    }

    private void BuildRows()
    {
        var change = text["Change"];
        var rows = new List<SummaryRow>();
        foreach (var question in Service.Questions.OrderBy(q => q.Order))
        {
            var answer = AnswerRules.Check(question, Draft.AnswerTo(question.Code));
            var shown = answer.Succeeded ? answer.Value.Display : text["Not answered"];

            rows.Add(new SummaryRow(question.Text, shown, Href("questions/" + question.Code) + "?change=true", question.Text, change));
        }

        if (Service.LocationRequired)
        {
            rows.Add(new SummaryRow(text["Location"], string.Join("\n", new[] { Draft.Address, Draft.Postcode }.Where(s => !string.IsNullOrWhiteSpace(s))),
                Href(LocationStep) + "?change=true", text["the location"], change));
        }

        if (!SignedIn)
        {
            var contact = string.Join("\n", new[] { Draft.ReporterName, Draft.ReporterEmail, Draft.ReporterPhone }.Where(s => !string.IsNullOrWhiteSpace(s)));
            rows.Add(new SummaryRow(text["Contact details"], contact, Href(ContactStep) + "?change=true", text["your contact details"], change));
        }

        Rows = rows;
    }
}
