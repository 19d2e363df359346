using System.Globalization;
using FrontDoor.Domain.Results;

namespace FrontDoor.Domain.Calendar;

/// <summary>
/// Counts UK working days: Monday to Friday, less the bank holidays of a nation. Days are London dates.
/// The rule for a target of N working days: the London date of the start instant is day 0, whatever the time;
/// the due date is the Nth working day after it. So a request made on Saturday is due on the same date as one
/// made the Friday before. Counting outside the years the calendar knows is refused, never guessed.
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly Dictionary<string, NationDays> nations;

    public WorkingDayCalendar(BankHolidaySet holidays)
    {
        Holidays = holidays;
        nations = Nation.All
            .Where(n => holidays.For(n).Count > 0)
            .ToDictionary(n => n.Code, n => new NationDays(n, holidays.For(n)));
    }

    /// <summary>A calendar from the bank holidays shipped with FrontDoor.</summary>
    public static WorkingDayCalendar Baseline { get; } = new(BankHolidayFile.Baseline);

    public BankHolidaySet Holidays { get; }

    /// <summary>The first date this calendar can count from for a nation.</summary>
    public DateOnly FirstKnownDate(Nation nation) => Days(nation)?.First ?? DateOnly.MaxValue;

    /// <summary>The last date this calendar can count to for a nation (31 December of its last known year).</summary>
    public DateOnly LastKnownDate(Nation nation) => Days(nation)?.Last ?? DateOnly.MinValue;

    public Result<bool> IsWorkingDay(Nation nation, DateOnly date)
    {
        var days = Days(nation);
        if (days is null || !days.Knows(date))
        {
            return Unknown(nation, date);
        }

        return days.IsWorkingDay(date);
    }

    /// <summary>The Nth working day after a London date (N = 0 gives the date itself).</summary>
    public Result<DateOnly> AddWorkingDays(Nation nation, DateOnly dayZero, int workingDays)
    {
        if (workingDays < 0)
        {
            return Result<DateOnly>.Failure("The number of working days must be 0 or more.", "workingDays");
        }

        var days = Days(nation);
        if (days is null || !days.Knows(dayZero))
        {
            return Unknown(nation, dayZero);
        }

        if (workingDays == 0)
        {
            return dayZero;
        }

        return days.TryAdd(dayZero, workingDays, out var due) ? due : Unknown(nation, due);
    }

    /// <summary>The due date for a target of N working days from an instant (its London date is day 0).</summary>
    public Result<DateOnly> DueDate(Nation nation, DateTime startUtc, int workingDays) =>
        AddWorkingDays(nation, LondonTime.DateOf(startUtc), workingDays);

    /// <summary>
    /// Working days after <paramref name="from"/> up to and including <paramref name="to"/>;
    /// negative when <paramref name="to"/> is earlier. From Friday to the next Monday is 1.
    /// </summary>
    public Result<int> WorkingDaysBetween(Nation nation, DateOnly from, DateOnly to)
    {
        var days = Days(nation);
        if (days is null || !days.Knows(from))
        {
            return Unknown(nation, from);
        }

        if (!days.Knows(to))
        {
            return Unknown(nation, to);
        }

        // A year missing between the two dates would be counted as if it had no bank holidays: a guess, so refuse it.
        if (days.FirstUnknownYearBetween(from, to) is { } missing)
        {
            return Unknown(nation, new DateOnly(missing, 1, 1));
        }

        return days.CountUpTo(to) - days.CountUpTo(from);
    }

    private NationDays? Days(Nation nation) => nations.GetValueOrDefault(nation.Code);

    private Error Unknown(Nation nation, DateOnly date)
    {
        var days = Days(nation);
        if (days is null)
        {
            return new Error($"The calendar has no bank holidays for {nation.Name}. Load a bank-holidays file that includes {nation.Code}.");
        }

        var when = date > days.Last ? "after" : date < days.First ? "before" : "in";
        // Dates in messages are written the British way in English, whatever the server's culture.
        var range = string.Create(CultureInfo.InvariantCulture, $"{days.First:d MMMM yyyy} to {days.Last:d MMMM yyyy}");
        return when == "in"
            ? new Error($"The calendar has no {nation.Name} bank holidays for {date.Year}, so it cannot count working days in that year. Load a bank-holidays file that covers {date.Year}.")
            : new Error($"The calendar knows {nation.Name} bank holidays only from {range}, so it cannot count working days {when} that. Load a newer bank-holidays file (FrontDoor.Web holidays load <file>).");
    }

    /// <summary>Precomputed working days for one nation, so that a due date is two array reads.</summary>
    private sealed class NationDays
    {
        private readonly int firstDayNumber;
        private readonly int[] workingDaysUpTo;
        private readonly int[] workingDayOffsets;
        private readonly bool[] yearKnown;

        public NationDays(Nation nation, IReadOnlyList<BankHoliday> holidays)
        {
            var years = holidays.Select(h => h.Date.Year).ToHashSet();
            First = new DateOnly(years.Min(), 1, 1);
            Last = new DateOnly(years.Max(), 12, 31);
            firstDayNumber = First.DayNumber;
            yearKnown = Enumerable.Range(First.Year, Last.Year - First.Year + 1).Select(years.Contains).ToArray();

            var holidayDates = holidays.Select(h => h.Date).ToHashSet();
            var length = Last.DayNumber - firstDayNumber + 1;
            workingDaysUpTo = new int[length];
            var offsets = new List<int>(length);
            var count = 0;
            for (var offset = 0; offset < length; offset++)
            {
                var date = First.AddDays(offset);
                if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !holidayDates.Contains(date))
                {
                    count++;
                    offsets.Add(offset);
                }

                workingDaysUpTo[offset] = count;
            }

            workingDayOffsets = [.. offsets];
            Nation = nation;
        }

        public Nation Nation { get; }

        public DateOnly First { get; }

        public DateOnly Last { get; }

        public bool Knows(DateOnly date) =>
            date >= First && date <= Last && yearKnown[date.Year - First.Year];

        public bool IsWorkingDay(DateOnly date)
        {
            var offset = date.DayNumber - firstDayNumber;
            var before = offset == 0 ? 0 : workingDaysUpTo[offset - 1];
            return workingDaysUpTo[offset] > before;
        }

        public int CountUpTo(DateOnly date) => workingDaysUpTo[date.DayNumber - firstDayNumber];

        /// <summary>The first year between two known dates (either order) that the source did not list; null when none.</summary>
        public int? FirstUnknownYearBetween(DateOnly a, DateOnly b)
        {
            var (from, to) = a <= b ? (a.Year, b.Year) : (b.Year, a.Year);
            for (var year = from + 1; year < to; year++)
            {
                if (!yearKnown[year - First.Year])
                {
                    return year;
                }
            }

            return null;
        }

        /// <summary>Adds working days; on failure <paramref name="due"/> is the first date that could not be known.</summary>
        public bool TryAdd(DateOnly dayZero, int workingDays, out DateOnly due)
        {
            var index = workingDaysUpTo[dayZero.DayNumber - firstDayNumber] + workingDays - 1;
            if (index >= workingDayOffsets.Length)
            {
                due = Last.AddDays(1);
                return false;
            }

            due = First.AddDays(workingDayOffsets[index]);
            for (var year = dayZero.Year + 1; year <= due.Year; year++)
            {
                if (!yearKnown[year - First.Year])
                {
                    due = new DateOnly(year, 1, 1);
                    return false;
                }
            }

            return true;
        }
    }
}
