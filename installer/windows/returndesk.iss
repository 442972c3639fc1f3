; ReturnDesk for Windows store PCs (Inno Setup 6). Build on Windows after
; `pyinstaller installer\returndesk.spec` has made dist\returndesk\:
;   iscc installer\windows\returndesk.iss
;
; Silent install for IT (many PCs at once, e.g. from a software deployment tool):
;   ReturnDesk-Setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART ^
;     /DBURL="postgresql+psycopg://returndesk@db.store.lan/returndesk" /STORE=0001 /REGISTER=02
; /DBURL, /STORE, /REGISTER (and /PRINTER) are written to the machine-wide
; settings file C:\ProgramData\ReturnDesk\returndesk.toml, which every user
; of the PC reads (`returndesk config show` tells where each value came from).
; Uninstalling removes the program and keeps the settings and the data
; (the embedded database in each user's AppData\Local\ReturnDesk).

#define AppVersion "0.1.0"

[Setup]
AppId={{6F0C9E5B-7A55-4B47-9A1E-2D6B2B0F5E11}
AppName=ReturnDesk
AppVersion={#AppVersion}
AppPublisher=ReturnDesk
DefaultDirName={autopf}\ReturnDesk
DefaultGroupName=ReturnDesk
DisableProgramGroupPage=yes
PrivilegesRequired=admin
OutputDir=..\..\dist
OutputBaseFilename=ReturnDesk-{#AppVersion}-Setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\returndesk.exe

[Files]
Source: "..\..\dist\returndesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The POS feed, registered by IT on the machine that watches the export folder (docs/importing.md).
Source: "install-import-task.ps1"; DestDir: "{app}\installer"; Flags: ignoreversion
Source: "install-serve-task.ps1"; DestDir: "{app}\installer"; Flags: ignoreversion

[Dirs]
Name: "{commonappdata}\ReturnDesk"; Flags: uninsneveruninstall

[Icons]
Name: "{group}\ReturnDesk"; Filename: "{app}\returndesk.exe"
Name: "{autodesktop}\ReturnDesk"; Filename: "{app}\returndesk.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "Create a desktop icon"; Flags: unchecked

[Run]
Filename: "{app}\returndesk.exe"; Parameters: "--selftest"; Flags: runhidden waituntilterminated; StatusMsg: "Checking the installation..."
Filename: "{app}\returndesk.exe"; Description: "Start ReturnDesk"; Flags: nowait postinstall skipifsilent

[Code]
function SettingsFile(): String;
begin
  Result := ExpandConstant('{commonappdata}\ReturnDesk\returndesk.toml');
end;

function TomlString(Value: String): String;
begin
  StringChangeEx(Value, '\', '\\', True);
  StringChangeEx(Value, '"', '\"', True);
  Result := '"' + Value + '"';
end;

procedure SetKey(var Lines: TArrayOfString; Key, Value: String);
var
  I, N: Integer;
begin
  if Value = '' then Exit;
  N := GetArrayLength(Lines);
  for I := 0 to N - 1 do
    if Pos(Key + ' =', Lines[I]) = 1 then
    begin
      Lines[I] := Key + ' = ' + TomlString(Value);
      Exit;
    end;
  SetArrayLength(Lines, N + 1);
  Lines[N] := Key + ' = ' + TomlString(Value);
end;

procedure CurStepChanged(CurStep: TSetupStep);
var
  Lines: TArrayOfString;
begin
  if CurStep <> ssPostInstall then Exit;
  if not LoadStringsFromFile(SettingsFile(), Lines) then
  begin
    SetArrayLength(Lines, 1);
    Lines[0] := '# ReturnDesk station settings (see docs/deploying.md)';
  end;
  SetKey(Lines, 'db_url', ExpandConstant('{param:DBURL|}'));
  SetKey(Lines, 'store', ExpandConstant('{param:STORE|}'));
  SetKey(Lines, 'register', ExpandConstant('{param:REGISTER|}'));
  SetKey(Lines, 'printer', ExpandConstant('{param:PRINTER|}'));
  SaveStringsToFile(SettingsFile(), Lines, False);
end;
