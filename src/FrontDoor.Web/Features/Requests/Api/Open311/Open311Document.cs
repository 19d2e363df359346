using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml;

namespace FrontDoor.Web.Features.Requests.Api.Open311;

/// <summary>
/// A GeoReport v2 response written once and rendered in both formats by the spec's "Spark convention": an element
/// with children is a JSON object, a repeated element a JSON array, text a string. XML has the declaration, UTF-8 and
/// no namespace; ids and codes are always text, so JSON has them as strings (the spec's JSON examples with
/// <c>"service_code":001</c> are not valid JSON).
/// </summary>
public abstract record Node;

/// <summary>Text, or an empty element / JSON null.</summary>
public sealed record Text(string? Value) : Node;

/// <summary>true / false.</summary>
public sealed record Flag(bool Value) : Node;

/// <summary>A number (JSON number; XML text in the invariant culture), or empty / null.</summary>
public sealed record Number(double? Value) : Node;

/// <summary>Named fields in order.</summary>
public sealed record Fields(IReadOnlyList<(string Name, Node Value)> Items) : Node
{
    public static Fields Of(params (string Name, Node Value)[] items) => new(items);
}

/// <summary>A list whose XML elements are each called <paramref name="ItemName"/>.</summary>
public sealed record Items(string ItemName, IReadOnlyList<Node> Values) : Node;

public static class Open311Document
{
    public const string Xml = "xml";
    public const string Json = "json";


    private static readonly XmlWriterSettings XmlSettings = new()
    {
        Encoding = new UTF8Encoding(false),
        Indent = true,
        IndentChars = "  ",
        OmitXmlDeclaration = true,
        CheckCharacters = true,
    };

    public static byte[] Render(string format, string rootName, Node root) =>
        format == Json ? RenderJson(root) : RenderXml(rootName, root);

    public static string ContentType(string format) =>
        format == Json ? "application/json; charset=utf-8" : "text/xml; charset=utf-8";

    private static byte[] RenderXml(string rootName, Node root)
    {
        using var stream = new MemoryStream();
        // The declaration says utf-8 in lower case, as the spec's examples do.
        stream.Write("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"u8);
        using (var writer = XmlWriter.Create(stream, XmlSettings))
        {
            writer.WriteStartElement(rootName);
            WriteXmlContent(writer, root);
            writer.WriteEndElement();
        }

        stream.Write("\n"u8);
        return stream.ToArray();
    }

    private static void WriteXmlContent(XmlWriter writer, Node node)
    {
        switch (node)
        {
            case Text { Value: { } text }:
                writer.WriteString(text);
                break;
            case Flag flag:
                writer.WriteString(flag.Value ? "true" : "false");
                break;
            case Number { Value: { } number }:
                writer.WriteString(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case Fields fields:
                foreach (var (name, value) in fields.Items)
                {
                    writer.WriteStartElement(name);
                    WriteXmlContent(writer, value);
                    writer.WriteEndElement();
                }

                break;
            case Items items:
                foreach (var value in items.Values)
                {
                    writer.WriteStartElement(items.ItemName);
                    WriteXmlContent(writer, value);
                    writer.WriteEndElement();
                }

                break;
        }
    }

    private static byte[] RenderJson(Node root)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            WriteJson(writer, root);
        }

        return EscapeMarkup(stream.ToArray());
    }

    /// <summary>
    /// Writes Welsh, right-to-left text and emoji as they are, but escapes &lt; &gt; &amp; so that markup in a
    /// description stays inert text wherever the JSON ends up. These bytes can only occur inside strings here, and
    /// never inside a multi-byte UTF-8 character, so replacing them is safe.
    /// </summary>
    private static byte[] EscapeMarkup(byte[] json)
    {
        if (json.AsSpan().IndexOfAny("<>&"u8) < 0)
        {
            return json;
        }

        using var escaped = new MemoryStream(json.Length + 64);
        foreach (var b in json)
        {
            switch (b)
            {
                case (byte)'<': escaped.Write("\\u003C"u8); break;
                case (byte)'>': escaped.Write("\\u003E"u8); break;
                case (byte)'&': escaped.Write("\\u0026"u8); break;
                default: escaped.WriteByte(b); break;
            }
        }

        return escaped.ToArray();
    }

    private static void WriteJson(Utf8JsonWriter writer, Node node)
    {
        switch (node)
        {
            case Text { Value: { } text }:
                writer.WriteStringValue(text);
                break;
            case Flag flag:
                writer.WriteBooleanValue(flag.Value);
                break;
            case Number { Value: { } number }:
                writer.WriteNumberValue(number);
                break;
            case Fields fields:
                writer.WriteStartObject();
                foreach (var (name, value) in fields.Items)
                {
                    writer.WritePropertyName(name);
                    WriteJson(writer, value);
                }

                writer.WriteEndObject();
                break;
            case Items items:
                writer.WriteStartArray();
                foreach (var value in items.Values)
                {
                    WriteJson(writer, value);
                }

                writer.WriteEndArray();
                break;
            default:
                writer.WriteNullValue();
                break;
        }
    }
}
