; Fallakte for Windows: Inno Setup 6 script (per-machine install, Start-menu entry, uninstaller).
;
; NOT RUN by this project's CI (Linux): it is built on a Windows runner by
; .github/workflows/build.yml, so it is kept small and conventional and was reviewed line by line.
;
; Build:   iscc /DAppVersion=0.1.0 installer\windows\fallakte.iss
;          (after `pyinstaller installer\fallakte.spec` made dist\fallakte and
;          `python installer\make_copyright.py dist\fallakte "build/pyinstaller/fallakte/PYZ-*.toc"
;          > dist\fallakte\THIRD-PARTY-LICENSES.txt` wrote the licence inventory: every bundled
;          component with its licence text, the same list as the Debian copyright file, with the
;          Lucide interface icons (ISC/MIT) of resources\icons\ui)
; Signed build (IT): iscc /DAppVersion=0.1.0 /DSignBuild "/Ssigntool=signtool.exe sign /fd sha256
;          /tr http://timestamp.example /td sha256 /f org.pfx /p PASSWORD $f" installer\windows\fallakte.iss
;          signs the uninstaller and the setup; sign dist\fallakte\*.exe before with the same
;          command (docs/DEPLOYMENT.md, "Signed Windows build").
; Install: FallakteSetup-0.1.0.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART [/POLICY=path\policy.json]
;          /POLICY copies IT's policy file to %ProgramData%\Fallakte\policy.json (docs/DEPLOYMENT.md).

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define SourceDir "..\..\dist\fallakte"

[Setup]
; A fixed AppId keeps upgrades and the uninstaller entry the same across versions.
AppId={{0B6A7E52-3C1D-4E8F-9A47-F1A2C3D4E5F6}
AppName=Fallakte
AppVersion={#AppVersion}
AppPublisher=Fallakte
DefaultDirName={autopf}\Fallakte
DefaultGroupName=Fallakte
DisableProgramGroupPage=yes
; Per-machine: Program Files, the common Start menu, %ProgramData% for the policy.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=FallakteSetup-{#AppVersion}
#ifdef SignBuild
SignTool=signtool
SignedUninstaller=yes
#endif
SetupIconFile=..\..\resources\icons\fallakte.ico
UninstallDisplayIcon={app}\fallakte-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; Ask running copies to close before files are replaced (silent installs close them).
CloseApplications=yes

[Languages]
Name: "de"; MessagesFile: "compiler:Languages\German.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
; The PyInstaller folder: fallakte-desktop.exe, fallakte.exe and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; /POLICY=path: IT's policy file; it stays on uninstall, like the users' vaults.
Source: "{param:POLICY}"; DestDir: "{commonappdata}\Fallakte"; DestName: "policy.json"; \
  Flags: external ignoreversion uninsneveruninstall; Check: PolicyGiven

[Dirs]
Name: "{commonappdata}\Fallakte"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\Fallakte"; Filename: "{app}\fallakte-desktop.exe"
; The licence inventory, as required by the LGPL of Qt and the other bundled components.
Name: "{autoprograms}\Fallakte - Lizenzen"; Filename: "{app}\THIRD-PARTY-LICENSES.txt"

[Run]
Filename: "{app}\fallakte-desktop.exe"; Description: "{cm:LaunchProgram,Fallakte}"; \
  Flags: nowait postinstall skipifsilent

[Code]
function PolicyGiven(): Boolean;
begin
  Result := ExpandConstant('{param:POLICY|}') <> '';
end;

// Refuse to start (exit code 1) if /POLICY names a file that is not there: installing
// without the policy IT meant to give would run the app with a weaker one.
function InitializeSetup(): Boolean;
begin
  Result := True;
  if PolicyGiven() and not FileExists(ExpandConstant('{param:POLICY|}')) then
  begin
    SuppressibleMsgBox('Policy file not found: ' + ExpandConstant('{param:POLICY|}'),
      mbCriticalError, MB_OK, IDOK);
    Result := False;
  end;
end;
