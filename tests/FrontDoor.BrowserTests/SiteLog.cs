using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace FrontDoor.BrowserTests;

/// <summary>
/// What the site under test logged (each request with its time taken, warnings and errors), with the thread pool's
/// state every two seconds, kept in memory and written to a file when the browser tests end. A browser test that
/// waits in vain for a page says only "timeout"; this file says what the server was doing meanwhile.
/// scripts/test prints its end when a browser test fails.
/// </summary>
public sealed class SiteLog : ILoggerProvider
{
    private const int MaxLines = 20_000;
    private readonly ConcurrentQueue<string> lines = new();
    private readonly Timer sampler;

    public SiteLog()
    {
        sampler = new Timer(_ => Sample(), null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
    }

    /// <summary>Where the log is written: FRONTDOOR_BROWSER_LOG, or browser-site.log in the temporary folder.</summary>
    public static string FilePath =>
        Environment.GetEnvironmentVariable("FRONTDOOR_BROWSER_LOG") is { Length: > 0 } path ? path : Path.Combine(Path.GetTempPath(), "browser-site.log");

    public void Write(string category, string text)
    {
        // Local time as the TRX file writes it, so scripts/test can pick out a failed test's lines.
        lines.Enqueue($"{DateTimeOffset.Now:yyyy-MM-ddTHH:mm:ss.fff} [{Environment.CurrentManagedThreadId,3}] {category}: {text}");
        while (lines.Count > MaxLines && lines.TryDequeue(out _))
        {
        }
    }

    /// <summary>Marks the start of a test step (a navigation, an axe run) so server lines can be read against it.</summary>
    public void Step(string text) => Write("test", text);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Save()
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(FilePath))!);
            File.WriteAllLines(FilePath, lines);
        }
        catch (IOException)
        {
            // The log is a diagnostic; failing to write it must not fail the tests.
        }
    }

    public void Dispose() => sampler.Dispose();

    private void Sample()
    {
        ThreadPool.GetAvailableThreads(out var workers, out _);
        ThreadPool.GetMaxThreads(out var maxWorkers, out _);
        Write("threads", $"pool {ThreadPool.ThreadCount} threads ({maxWorkers - workers} busy), {ThreadPool.PendingWorkItemCount} queued, " +
            $"{ThreadPool.CompletedWorkItemCount} done; gc heap {GC.GetTotalMemory(false) / 1_048_576} MB");
    }

    private sealed class Logger(SiteLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Write($"{logLevel} {category}", (formatter(state, exception) + (exception is null ? "" : $" {exception}")).ReplaceLineEndings(" | "));
            }
        }
    }
}
