using BenchmarkDotNet.Running;
using FrontDoor.Benchmarks;

// "search-p95" is a measured loop (percentiles of single searches); everything else goes to BenchmarkDotNet.
if (args is ["search-p95", ..])
{
    ServiceSearchLoop.Run(Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ServiceSearchLoop).Assembly).Run(args);
