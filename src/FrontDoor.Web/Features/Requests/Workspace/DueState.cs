using FrontDoor.Domain.Calendar;

namespace FrontDoor.Web.Features.Requests.Workspace;

/// <summary>
/// How an open request stands against its promised date, from the stored due date and the working-day calendar alone
/// (no clock replay), so a queue of fifty rows costs fifty dictionary look-ups.
/// </summary>
public sealed record DueState(string Label, string TagClass, int? WorkingDaysLeft)
{
    public static DueState For(string status, DateOnly dueDate, int atRiskWithinWorkingDays, WorkingDayCalendar calendar, Nation nation, DateOnly today)
    {
        if (!RequestStatus.IsOpen(status))
        {
            return new DueState("Closed", "govuk-tag--grey", null);
        }

        if (status == RequestStatus.WaitingForResident)
        {
            return new DueState("Paused", "govuk-tag--purple", null);
        }

        var left = calendar.WorkingDaysBetween(nation, today, dueDate);
        if (!left.Succeeded)
        {
            return new DueState("Due", "govuk-tag--grey", null);
        }

        return left.Value switch
        {
            < 0 => new DueState("Breached", "govuk-tag--red", left.Value),
            var days when days <= atRiskWithinWorkingDays => new DueState("At risk", "govuk-tag--orange", days),
            var days => new DueState("On track", "govuk-tag--green", days),
        };
    }

    public bool IsBreached => Label == "Breached";

    public bool IsAtRisk => Label == "At risk";
}
