using System.Security.Cryptography;
using System.Text;

namespace ArmsWatch.Register;

/// <summary>The identity of a document in the register: SHA-256 of its text as read, in lower-case hex.</summary>
/// <remarks>The text alone, not the id or URL: the same article syndicated under two addresses is one document.</remarks>
public static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
