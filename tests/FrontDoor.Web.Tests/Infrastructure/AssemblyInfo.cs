// Test classes each start their own host and database; two cores run two classes at a time.
[assembly: CollectionBehavior(MaxParallelThreads = 2)]
