using System.Reflection;

namespace ArmsWatch;

/// <summary>The product's one name and one version, as the command line, the API and the dashboard show them.</summary>
public static class ProductInfo
{
    public const string Name = "ArmsWatch";

    /// <summary>The command people type (the launcher at the repository root, the built program's name).</summary>
    public const string Command = "armswatch";

    /// <summary>The version set once in Directory.Build.props, without build metadata ("1.0.0", never "1.0.0+hash").</summary>
    public static string Version { get; } =
        (typeof(ProductInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>What <c>armswatch version</c> and <c>armswatch --version</c> print.</summary>
    public static string VersionLine => $"{Command} {Version}";
}
