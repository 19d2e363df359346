namespace FrontDoor.Web.Features.Requests;

/// <summary>How a request or contact reached the council. Recorded on every request and contact.</summary>
public static class Channel
{
    public const string Web = "web";
    public const string Phone = "phone";
    public const string Email = "email";
    public const string Letter = "letter";
    public const string FaceToFace = "face-to-face";
    public const string SocialMedia = "social-media";
    public const string Webchat = "webchat";
    public const string Api = "api";

    public static IReadOnlyList<string> All { get; } = [Web, Phone, Email, Letter, FaceToFace, SocialMedia, Webchat, Api];

    public static bool IsKnown(string? channel) => channel is not null && All.Contains(channel);

    /// <summary>
    /// Channels on which the resident is given a reference at once, so the request is acknowledged when it is made.
    /// Email, letter and social media are acknowledged within the Customer Charter's 2 working days.
    /// </summary>
    public static bool AcknowledgedAtOnce(string channel) => channel is Web or Phone or FaceToFace or Webchat or Api;

    public static string Describe(string channel) => channel switch
    {
        Web => "Online",
        Phone => "Phone",
        Email => "Email",
        Letter => "Letter",
        FaceToFace => "Face to face",
        SocialMedia => "Social media",
        Webchat => "Webchat",
        Api => "Partner system (API)",
        _ => channel,
    };
}
