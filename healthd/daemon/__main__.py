from healthd.daemon.serve import main

raise SystemExit(main())
