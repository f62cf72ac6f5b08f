from pizhu.cli import main

raise SystemExit(main())
