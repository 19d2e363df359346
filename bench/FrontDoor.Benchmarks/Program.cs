using BenchmarkDotNet.Running;
using FrontDoor.Benchmarks;

// "requests" and "history" are measured loops against a real database; anything else goes to BenchmarkDotNet.
return args.FirstOrDefault() switch
{
    "requests" => await SpineLoad.Requests(args[1..]),
    "history" => await SpineLoad.History(args[1..]),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(SpineLoad).Assembly).Run(args);
    return 0;
}
