using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Identity.Client;
using Microsoft.Identity.Client.Extensions.Msal;

namespace CrmTiering.Cli.Org.Auth;

/// <summary>
/// The device-code sign-in's token cache on disk, through MSAL's cache extension
/// (Microsoft.Identity.Client.Extensions.Msal, "Token cache serialization in MSAL.NET" and the
/// extension's "Cross platform token cache"): DPAPI on Windows, the Keychain on macOS, the Secret
/// Service keyring (libsecret) on Linux. <b>On Linux without a keyring</b> — a server, a container, an
/// SSH session without a D-Bus session — the extension cannot protect the file; MSAL documents the
/// fallback of a plain file (<c>WithUnprotectedFile</c>). crmtiering then keeps the cache in
/// <c>~/.crmtiering/msal-cache.plain.bin</c>, created readable and writable by the user only (0600, in
/// a 0700 folder), and prints a warning naming it; <c>CRMTIERING_TOKEN_CACHE=none</c> keeps the tokens
/// in memory only (a new code each run). App registrations never use this cache.
/// </summary>
public static class TokenCacheFile
{
    public const string ModeVariable = "CRMTIERING_TOKEN_CACHE";
    public const string ProtectedFileName = "msal-cache.bin";
    public const string PlainFileName = "msal-cache.plain.bin";

    public static string Folder => Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".crmtiering");

    public static async Task AttachAsync(ITokenCache cache, CliConsole console, Func<string, string?> variable)
    {
        if (string.Equals(variable(ModeVariable), "none", StringComparison.OrdinalIgnoreCase)) return;
        CreatePrivateFolder(Folder);
        var protectedStore = new StorageCreationPropertiesBuilder(ProtectedFileName, Folder)
            .WithLinuxKeyring("com.crmtiering.tokencache", MsalCacheHelper.LinuxKeyRingDefaultCollection, "CrmTiering token cache",
                new KeyValuePair<string, string>("Version", "1"), new KeyValuePair<string, string>("ProductGroup", "CrmTiering"))
            .WithMacKeyChain("CrmTiering.TokenCache", "MSALCache")
            .Build();
        var helper = await MsalCacheHelper.CreateAsync(protectedStore).ConfigureAwait(false);
        try
        {
            helper.VerifyPersistence();
        }
        catch (MsalCachePersistenceException) when (OperatingSystem.IsLinux())
        {
            var plainPath = Path.Combine(Folder, PlainFileName);
            CreatePrivateFile(plainPath);
            console.Error.WriteLine(string.Format(OrgMessages.PlainTokenCache, plainPath, ModeVariable));
            helper = await MsalCacheHelper.CreateAsync(new StorageCreationPropertiesBuilder(PlainFileName, Folder).WithUnprotectedFile().Build()).ConfigureAwait(false);
        }
        catch (MsalCachePersistenceException e)
        {
            console.Error.WriteLine(string.Format(OrgMessages.NoTokenCache, e.Message.Split('\n')[0].Trim()));
            return;
        }
        helper.RegisterCache(cache);
    }

    private static void CreatePrivateFolder(string folder)
    {
        if (Directory.Exists(folder)) return;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private static void CreatePrivateFile(string path)
    {
        if (File.Exists(path) || OperatingSystem.IsWindows()) return;
        using var created = new FileStream(path, new FileStreamOptions
        {
            Mode = FileMode.CreateNew,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        });
    }
}
