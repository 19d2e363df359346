using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace FrontDoor.Web.Tests.Infrastructure.Email;

/// <summary>
/// A real SMTP server on loopback (tests/tools/smtp-sink, npm smtp-server + mailparser) that stores each message as a
/// JSON file. It can be stopped and started again on the same port, for the "server down for a while" tests.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private Process? process;

    private SmtpSink(int port, string folder)
    {
        Port = port;
        Folder = folder;
    }

    public int Port { get; }

    public string Folder { get; }

    public sealed record Received(string? MessageId, string? From, string[] To, string? Subject, string? Text, Dictionary<string, string> Headers);

    public static async Task<SmtpSink> Start()
    {
        var sink = new SmtpSink(FreePort(), Directory.CreateTempSubdirectory("frontdoor-smtp-").FullName);
        await sink.StartAgain();
        return sink;
    }

    public async Task StartAgain()
    {
        var tool = ToolsFolder("smtp-sink");
        if (!Directory.Exists(Path.Combine(tool, "node_modules", "smtp-server")))
        {
            using var npm = Process.Start(new ProcessStartInfo("npm", "ci --no-audit --no-fund") { WorkingDirectory = tool })!;
            await npm.WaitForExitAsync();
        }

        var start = new ProcessStartInfo("node", ["smtp-sink.js", Port.ToString(), Folder])
        {
            WorkingDirectory = tool,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        process = Process.Start(start)!;
        var ready = await process.StandardOutput.ReadLineAsync();
        if (ready is null || !ready.StartsWith("listening", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The SMTP sink did not start: {await process.StandardError.ReadToEndAsync()}");
        }
    }

    public async Task Stop()
    {
        if (process is { HasExited: false })
        {
            process.StandardInput.Close();
            await process.WaitForExitAsync();
        }

        process?.Dispose();
        process = null;
    }

    public IReadOnlyList<Received> Messages() =>
        Directory.GetFiles(Folder, "*.json").Order()
            .Select(f => JsonSerializer.Deserialize<Received>(File.ReadAllText(f), new JsonSerializerOptions(JsonSerializerDefaults.Web))!)
            .ToList();

    public Dictionary<string, string?> Settings() => new()
    {
        ["Email:Provider"] = "Smtp",
        ["Email:Smtp:Host"] = "127.0.0.1",
        ["Email:Smtp:Port"] = Port.ToString(),
        ["Email:Smtp:TlsMode"] = "None",
        ["Email:Smtp:From"] = "Thameside Council <noreply@thameside.example>",
        ["Email:Smtp:ReplyTo"] = "contact@thameside.example",
        ["Email:Smtp:TimeoutSeconds"] = "10",
    };

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>tests/tools/NAME, found by walking up from the test binaries.</summary>
    public static string ToolsFolder(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "tools", name);
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException($"tests/tools/{name} was not found above {AppContext.BaseDirectory}");
    }

    public async ValueTask DisposeAsync()
    {
        await Stop();
        Directory.Delete(Folder, true);
    }
}
