using System.Globalization;

namespace FrontDoor.Linkage.Records;

/// <summary>
/// A date of birth as its three parts. Legacy systems hold impossible dates (31 April, month 13) that are usually one
/// keying mistake away from the true date, so the parts are kept and compared one by one rather than thrown away.
/// </summary>
public readonly record struct BirthDate(int Year, int Month, int Day)
{
    /// <summary>True when the parts make a date in the calendar.</summary>
    public bool IsRealDate => Year is >= 1 and <= 9999 && Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month);

    /// <summary>The parts packed as yyyymmdd, the form the comparison loop stores.</summary>
    public int Packed => (Year * 10000) + (Month * 100) + Day;

    /// <summary>
    /// Reads <paramref name="text"/> in <paramref name="format"/> (<c>YYYY-MM-DD</c> by default; also <c>YYYYMMDD</c>,
    /// <c>DD/MM/YYYY</c>). Only digits in the right places are required: a date that is not in the calendar still
    /// parses, and the caller decides whether to warn about it.
    /// </summary>
    public static bool TryParse(string text, string format, out BirthDate date)
    {
        date = default;
        text = text.Trim();
        var pattern = format.ToUpperInvariant();
        if (text.Length != pattern.Length)
        {
            return false;
        }

        int year = 0, month = 0, day = 0;
        for (var i = 0; i < pattern.Length; i++)
        {
            var p = pattern[i];
            var c = text[i];
            if (p is 'Y' or 'M' or 'D')
            {
                if (c is < '0' or > '9')
                {
                    return false;
                }

                var digit = c - '0';
                switch (p)
                {
                    case 'Y': year = (year * 10) + digit; break;
                    case 'M': month = (month * 10) + digit; break;
                    default: day = (day * 10) + digit; break;
                }
            }
            else if (c != p)
            {
                return false;
            }
        }

        if (year == 0 && month == 0 && day == 0)
        {
            return false;
        }

        date = new BirthDate(year, month, day);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{Month:00}-{Day:00}");
}
