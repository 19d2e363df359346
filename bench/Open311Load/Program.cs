using System.Diagnostics;
using System.Globalization;
using System.Net;

// A bounded load generator for FrontDoor's Open311 endpoint, for loopback only.
// Usage: Open311Load post|get BASE_URL [concurrency] [max-requests] [max-seconds]
// post: POST requests.xml (a new missed-bin report each time, with the demo key); get: GET requests.json (up to 1,000 rows);
// a path starting with / (for example /health): GET that path, to measure the web stack's own ceiling.
if (args.Length < 2)
{
    Console.Error.WriteLine("Usage: Open311Load post|get http://127.0.0.1:PORT [concurrency] [max-requests] [max-seconds]");
    return 2;
}

var mode = args[0];
var baseUrl = new Uri(args[1]);
if (!IPAddress.TryParse(baseUrl.Host, out var address) || !IPAddress.IsLoopback(address))
{
    Console.Error.WriteLine("Refusing to load anything but a loopback address (127.0.0.1).");
    return 2;
}

var concurrency = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 16;
var maxRequests = Math.Min(args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 10_000, 100_000);
var maxSeconds = Math.Min(args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 30, 120);
var key = Environment.GetEnvironmentVariable("OPEN311_KEY") ?? "demo-open311-key";

using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
var latencies = new List<double>(maxRequests);
var failures = 0;
var issued = 0;
var stop = Stopwatch.StartNew();
var deadline = TimeSpan.FromSeconds(maxSeconds);
var run = Guid.NewGuid().ToString("N")[..8];
long bytes = 0;

async Task Worker()
{
    while (stop.Elapsed < deadline)
    {
        var n = Interlocked.Increment(ref issued);
        if (n > maxRequests)
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        try
        {
            using var response = mode == "post"
                ? await http.PostAsync("open311/v2/requests.xml", new FormUrlEncodedContent(
                [
                    new("api_key", key), new("jurisdiction_id", "thameside"), new("service_code", "missed-bin"),
                    new("lat", "51.5074"), new("long", "-0.0278"), new("address_string", $"{n} High Street"),
                    new("description", $"Load test {run} report {n}: black bin not emptied"),
                    new("attribute[bin-type][]", "general"), new("attribute[collection-date]", "2026-11-20"), new("attribute[bin-out]", "yes"),
                ]))
                : await http.GetAsync(mode.StartsWith('/') ? mode[1..] : "open311/v2/requests.json");
            var body = await response.Content.ReadAsByteArrayAsync();
            Interlocked.Add(ref bytes, body.Length);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
            }
        }
        catch (Exception)
        {
            Interlocked.Increment(ref failures);
        }

        lock (latencies)
        {
            latencies.Add(watch.Elapsed.TotalMilliseconds);
        }
    }
}

await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(Worker)));
var seconds = stop.Elapsed.TotalSeconds;
latencies.Sort();
double P(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{mode}: {latencies.Count} requests in {seconds:F1} s = {latencies.Count / seconds:F0}/s, concurrency {concurrency}, failures {failures}, " +
    $"p50 {P(0.50):F1} ms, p90 {P(0.90):F1} ms, p99 {P(0.99):F1} ms, max {latencies.LastOrDefault():F1} ms, mean body {(latencies.Count == 0 ? 0 : bytes / latencies.Count)} bytes"));
return failures == 0 ? 0 : 1;
