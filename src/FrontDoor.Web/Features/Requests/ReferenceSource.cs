using FrontDoor.Domain.References;

namespace FrontDoor.Web.Features.Requests;

/// <summary>
/// Where new request references come from: random, from <see cref="RequestReference.NewReference"/>. A class of its
/// own so that a test can hand out a reference that is already taken and see the clash handled.
/// </summary>
public class ReferenceSource
{
    public virtual string Next() => RequestReference.NewReference().Value;
}
