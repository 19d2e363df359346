namespace FrontDoor.Web.Features.Shared;

/// <summary>
/// The resident site's words, in SiteText.resx (English), SiteText.bn.resx (Bengali) and SiteText.so.resx (Somali).
/// Keys are the English text, so a missing translation falls back to English rather than to a code.
/// </summary>
public sealed class SiteText;
