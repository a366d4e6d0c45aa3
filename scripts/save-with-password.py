# Save a Word file again as a binary Word document (.doc) protected by a password to open, through
# LibreOffice's UNO bridge (run by scripts/make-doc-odt-fixtures.sh with Debian's python3-uno).
#   /usr/bin/python3 scripts/save-with-password.py IN.docx OUT.doc PASSWORD
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


source, target, password = (os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), sys.argv[3])
pipe = 'resdiff_fixtures_%d' % os.getpid()
office = subprocess.Popen(
    ['soffice', '--headless', '--invisible', '--norestore', '--accept=pipe,name=%s;urp;' % pipe],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext('com.sun.star.bridge.UnoUrlResolver', local)
    for _ in range(100):
        try:
            context = resolver.resolve('uno:pipe,name=%s;urp;StarOffice.ComponentContext' % pipe)
            break
        except Exception:
            time.sleep(0.2)
    desktop = context.ServiceManager.createInstanceWithContext('com.sun.star.frame.Desktop', context)
    document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), '_blank', 0, (prop('Hidden', True),))
    document.storeToURL(uno.systemPathToFileUrl(target), (prop('FilterName', 'MS Word 97'), prop('Password', password)))
    document.close(True)
    try:
        desktop.terminate()
    except Exception:
        pass
finally:
    try:
        office.wait(timeout=30)
    except subprocess.TimeoutExpired:
        office.kill()
