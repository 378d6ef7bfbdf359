using System;
using System.Security.Cryptography;
using System.Text;

namespace CrmTiering.Emulator.Security;

/// <summary>
/// Ids for privileges (and roles without one), derived from the name so every organisation and
/// every run agrees. They are not the platform's privilege ids, which the emulator does not know.
/// </summary>
internal static class PrivilegeIds
{
    public static Guid For(string name)
    {
        using var md5 = MD5.Create();
        return new Guid(md5.ComputeHash(Encoding.UTF8.GetBytes(name.ToLowerInvariant())));
    }
}
