using BenchmarkDotNet.Running;
using FrontDoor.Benchmarks;

// "requests", "history" and "search-p95" are measured loops; anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "requests" => await SpineLoad.Requests(args[1..]),
    "history" => await SpineLoad.History(args[1..]),
    "search-p95" => SearchLoop(),
    _ => Run(args),
};

static int SearchLoop()
{
    ServiceSearchLoop.Run(Console.Out);
    return 0;
}

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SpineLoad).Assembly).Run(args);
    return 0;
}
