using FrontDoor.Domain.Calendar;

namespace FrontDoor.Web.Features.Requests;

/// <summary>What a request needs to move its charter clocks: the council's calendar and nation, and the time now.</summary>
public sealed record ClockContext(WorkingDayCalendar Calendar, Nation Nation, DateTime NowUtc)
{
    public DateOnly Today => LondonTime.DateOf(NowUtc);
}
