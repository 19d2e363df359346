using BenchmarkDotNet.Attributes;
using FrontDoor.Domain.Calendar;

namespace FrontDoor.Benchmarks;

/// <summary>
/// Due-date calculation as every request submission and every list of open requests does it: a 10-working-day target
/// from an instant, in England and Wales. Target: under 1 µs per call. Not sealed: BenchmarkDotNet derives from it.
/// </summary>
[MemoryDiagnoser]
public class DueDateBenchmarks
{
    private const int Instants = 1024;
    private readonly DateTime[] startsUtc = new DateTime[Instants];
    private DateTime oneStartUtc;

    [GlobalSetup]
    public void Setup()
    {
        // A spread of instants over 2024-2026 at every hour of the day, across weekends, bank holidays and both
        // clock changes each year: one every 25 hours and 7 minutes from 1 January 2024.
        var first = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        for (var i = 0; i < Instants; i++)
        {
            startsUtc[i] = first.AddMinutes(i * ((25 * 60) + 7));
        }

        oneStartUtc = new DateTime(2024, 6, 14, 23, 30, 0, DateTimeKind.Utc);

        // Build the baseline calendar outside the measurement.
        _ = WorkingDayCalendar.Baseline.DueDate(Nation.EnglandAndWales, oneStartUtc, 10).Value;
    }

    [Benchmark(Baseline = true)]
    public DateOnly One_instant() => WorkingDayCalendar.Baseline.DueDate(Nation.EnglandAndWales, oneStartUtc, 10).Value;

    [Benchmark(OperationsPerInvoke = Instants)]
    public int Range_of_instants()
    {
        var calendar = WorkingDayCalendar.Baseline;
        var sum = 0;
        foreach (var start in startsUtc)
        {
            sum += calendar.DueDate(Nation.EnglandAndWales, start, 10).Value.DayNumber;
        }

        return sum;
    }
}
